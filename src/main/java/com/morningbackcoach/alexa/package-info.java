/**
 * Outbound Alexa service APIs behind small interfaces: the device time zone from the Settings API, the daily reminder
 * from the Reminders API, timers from the Timers API, and the permissions a request carries. May import logging.
 */
package com.morningbackcoach.alexa;
