package com.morningbackcoach.logging.lambda;

import org.slf4j.event.Level;

import java.util.Locale;
import java.util.Map;

/**
 * Where events go and from which level. On Lambda ({@code AWS_LAMBDA_FUNCTION_NAME} set): the runtime's logger, from
 * the function's {@code ApplicationLogLevel} ({@code AWS_LAMBDA_LOG_LEVEL}, INFO if unset). Elsewhere: stderr, from
 * {@code -Dlog.level} (INFO if unset), with the chatty libraries of local runs and tests kept to their problems.
 */
record LogSetup(Level root, Map<String, Level> quieter, LineSink sink) {

    /** DynamoDB Local logs every request (with its made-up key) at INFO; Jetty and the schema validator chat. */
    static final Map<String, Level> LOCAL_LIBRARIES = Map.of("com.amazonaws.services.dynamodbv2.local", Level.ERROR,
            "org.eclipse.jetty", Level.WARN, "com.networknt.schema", Level.ERROR);

    static LogSetup fromEnvironment(Map<String, String> environment, String levelProperty) {
        if (environment.get("AWS_LAMBDA_FUNCTION_NAME") != null) {
            return new LogSetup(level(environment.get("AWS_LAMBDA_LOG_LEVEL")), Map.of(), LineSink.LAMBDA);
        }
        return new LogSetup(level(levelProperty), LOCAL_LIBRARIES, LineSink.STDERR);
    }

    /** The named level; INFO when unset; FATAL as ERROR; anything unknown as INFO. */
    static Level level(String name) {
        if (name == null || name.isBlank()) {
            return Level.INFO;
        }
        String upper = name.trim().toUpperCase(Locale.ROOT);
        if (upper.equals("FATAL")) {
            return Level.ERROR;
        }
        try {
            return Level.valueOf(upper);
        } catch (IllegalArgumentException e) {
            return Level.INFO;
        }
    }

    /** The lowest level logged for a logger name: the root's, or a quieter library's if the name is under it. */
    Level threshold(String name) {
        Level threshold = root;
        for (Map.Entry<String, Level> library : quieter.entrySet()) {
            if ((name.equals(library.getKey()) || name.startsWith(library.getKey() + "."))
                    && library.getValue().toInt() > threshold.toInt()) {
                threshold = library.getValue();
            }
        }
        return threshold;
    }
}
