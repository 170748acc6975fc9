package com.morningbackcoach.logging.lambda;

import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** One {@link LineLogger} per name, each with the threshold the setup gives its name. */
final class LineLoggerFactory implements ILoggerFactory {

    private final LogSetup setup;
    private final ConcurrentMap<String, Logger> loggers = new ConcurrentHashMap<>();

    LineLoggerFactory(LogSetup setup) {
        this.setup = setup;
    }

    @Override
    public Logger getLogger(String name) {
        return loggers.computeIfAbsent(name, key -> new LineLogger(key, setup.threshold(key), setup.sink()));
    }
}
