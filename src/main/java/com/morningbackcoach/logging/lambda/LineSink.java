package com.morningbackcoach.logging.lambda;

import com.amazonaws.services.lambda.runtime.LambdaRuntime;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import org.slf4j.event.Level;

/** Where a finished event goes: one call per event, so a stack trace stays in its event. */
enum LineSink {

    /**
     * The runtime's logger, with the event's level. Under the function's JSON log format the runtime writes one JSON
     * record per call with {@code timestamp}, {@code level}, {@code message} and {@code AWSRequestId}; under the text
     * format one line with the request id, and its level filter applies in both.
     */
    LAMBDA {
        @Override
        void write(Level level, String logger, String text) {
            LambdaRuntime.getLogger().log(shortName(logger) + " - " + text, lambdaLevel(level));
        }
    },

    /** Text lines on stderr, so a local console's conversation on stdout stays clean. */
    STDERR {
        @Override
        void write(Level level, String logger, String text) {
            System.err.println("[" + Thread.currentThread().getName() + "] " + String.format("%-5s", level) + " "
                    + logger + " - " + text);
        }
    };

    abstract void write(Level level, String logger, String text);

    static LogLevel lambdaLevel(Level level) {
        return switch (level) {
            case ERROR -> LogLevel.ERROR;
            case WARN -> LogLevel.WARN;
            case INFO -> LogLevel.INFO;
            case DEBUG -> LogLevel.DEBUG;
            case TRACE -> LogLevel.TRACE;
        };
    }

    static String shortName(String logger) {
        return logger.substring(logger.lastIndexOf('.') + 1);
    }
}
