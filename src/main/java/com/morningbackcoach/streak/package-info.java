/**
 * Consecutive mornings (the current run, the best, the total) and the weekly goal over the last eight weeks. Imports
 * nothing of Alexa or AWS.
 */
package com.morningbackcoach.streak;
