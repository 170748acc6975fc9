package com.morningbackcoach.alexa;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Objects;

/** A reminder that rings every day at {@code time} in {@code zone}, saying {@code text} in {@code locale}. */
public record DailyReminderRequest(LocalTime time, ZoneId zone, OffsetDateTime requestedAt, String locale,
                                   String text) {

    public DailyReminderRequest {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(text, "text");
    }
}
