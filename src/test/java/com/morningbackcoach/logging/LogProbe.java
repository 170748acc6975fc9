package com.morningbackcoach.logging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A child JVM for {@link LambdaLoggingTest}: one event at each level through SLF4J, one with an exception. */
public final class LogProbe {

    private LogProbe() {
    }

    public static void main(String[] args) {
        Logger log = LoggerFactory.getLogger(LogProbe.class);
        log.trace("probe trace");
        log.debug("probe debug");
        log.info("probe info");
        log.warn("probe warn with \"quotes\" and a\nline break");
        log.error("probe error", new IllegalStateException("probe failure"));
        System.out.flush();
    }
}
