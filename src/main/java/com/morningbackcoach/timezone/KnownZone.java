package com.morningbackcoach.timezone;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/** A device time zone as last reported by Alexa, and when it was asked for. */
public record KnownZone(ZoneId zone, Instant checkedAt) {

    public static final Duration MAX_AGE = Duration.ofHours(24);

    public KnownZone {
        Objects.requireNonNull(zone);
        Objects.requireNonNull(checkedAt);
    }

    public boolean isStaleAt(Instant now) {
        return checkedAt.plus(MAX_AGE).isBefore(now);
    }
}
