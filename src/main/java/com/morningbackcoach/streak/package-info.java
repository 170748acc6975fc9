/**
 * Consecutive mornings: the current run, the best, the total. Imports nothing of Alexa or AWS.
 */
package com.morningbackcoach.streak;
