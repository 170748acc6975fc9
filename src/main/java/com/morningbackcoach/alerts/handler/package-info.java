/**
 * Keeping the habit: the daily reminder (set, move, stop, check, and the offer after a third and a seventh morning in
 * a row), a timer for a hold or a round of core work, and Alexa's voice permission for both. Only the reminder's id
 * and time are stored.
 */
package com.morningbackcoach.alerts.handler;
