/**
 * What a reply plays as APL for Audio, as plain values: speech, silence and sounds from the Alexa sound library, in
 * sequence or mixed; the sounds the skill uses; Amazon's limits. Imports nothing of the skill.
 */
package com.morningbackcoach.audio;
