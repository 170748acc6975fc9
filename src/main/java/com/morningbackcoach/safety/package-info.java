/**
 * Pain as plain domain values: the signs a user may report and how urgently each routes. Imports nothing of Alexa or
 * AWS; nothing here is ever stored.
 */
package com.morningbackcoach.safety;
