/**
 * The morning routine as plain domain values: steps, positions, the place kept for later. Imports nothing of Alexa
 * or AWS.
 */
package com.morningbackcoach.routine;
