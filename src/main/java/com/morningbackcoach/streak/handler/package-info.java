/**
 * The streak by voice. May import the conversation base and the domain.
 */
package com.morningbackcoach.streak.handler;
