/**
 * The seven-question self-check and its verdict, as plain domain values. Imports nothing of Alexa or AWS.
 */
package com.morningbackcoach.selfcheck;
