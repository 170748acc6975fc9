/**
 * Alerts that help keep the habit, as plain values: the daily reminder the user keeps, the times a reminder may be
 * set for, and how long a timer may run. No Alexa or AWS types.
 */
package com.morningbackcoach.alerts;
