/**
 * What may be logged: one-way user tags and outside text made safe. Imports nothing of the skill.
 */
package com.morningbackcoach.logging;
