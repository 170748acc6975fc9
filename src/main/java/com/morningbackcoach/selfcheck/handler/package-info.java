/**
 * The self-check by voice, kept in the session only: its activity, questions and handlers. May import the
 * conversation base and the domain.
 */
package com.morningbackcoach.selfcheck.handler;
