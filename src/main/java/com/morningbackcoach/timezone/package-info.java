/**
 * A device time zone as last reported, and when it goes stale. Imports nothing of Alexa or AWS.
 */
package com.morningbackcoach.timezone;
