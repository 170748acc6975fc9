/**
 * Pain by voice, in every state: stop the movement, the pain rule, one question about the warning signs, routing to a
 * provider or to urgent care, then skip or stop. Nothing said about pain is stored. May import the conversation base,
 * the routine feature and the domain.
 */
package com.morningbackcoach.safety.handler;
