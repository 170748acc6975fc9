package com.morningbackcoach.alerts;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** How long a timer for a hold or a round of core work may run, read from Alexa's {@code AMAZON.DURATION} value. */
public final class TimerLengths {

    public static final Duration SHORTEST = Duration.ofSeconds(10);
    public static final Duration LONGEST = Duration.ofMinutes(30);
    /** About as long as the core work of the routine. */
    public static final Duration OFFERED = Duration.ofMinutes(5);

    private TimerLengths() {
    }

    /** The duration in an ISO 8601 value such as "PT5M"; empty when it is not one, or is given in days or more. */
    public static Optional<Duration> parse(String slotValue) {
        if (slotValue == null || !slotValue.startsWith("PT")) {
            return Optional.empty();
        }
        try {
            Duration duration = Duration.parse(slotValue);
            return duration.isNegative() || duration.isZero() ? Optional.empty() : Optional.of(duration);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static boolean allowed(Duration duration) {
        return duration.compareTo(SHORTEST) >= 0 && duration.compareTo(LONGEST) <= 0;
    }
}
