/**
 * The routine by voice: its activity, its questions and its handlers. May import the conversation base, the streak
 * feature and the domain.
 */
package com.morningbackcoach.routine.handler;
