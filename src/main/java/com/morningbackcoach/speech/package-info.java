/**
 * Spoken texts per locale and small SSML helpers. Imports nothing of the skill.
 */
package com.morningbackcoach.speech;
