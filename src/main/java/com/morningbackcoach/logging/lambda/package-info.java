/**
 * The skill's SLF4J provider: on Lambda each event goes to the runtime's {@code LambdaLogger} with its level, and the
 * function's JSON log format adds the timestamp and request id; anywhere else, text lines on stderr.
 */
package com.morningbackcoach.logging.lambda;
