/**
 * Outbound Alexa service APIs behind small interfaces (the device time zone from the Settings API). May import
 * logging.
 */
package com.morningbackcoach.alexa;
