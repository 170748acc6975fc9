package com.morningbackcoach.alerts;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Pattern;

/** The daily reminder a user asked for: the id Alexa gave it, and the local time of day it rings. */
public record DailyReminder(String id, LocalTime time) {

    private static final Pattern ID = Pattern.compile("[\\w.:\\-]{1,200}");

    public DailyReminder {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Not a reminder id");
        }
        time = Objects.requireNonNull(time, "time").truncatedTo(ChronoUnit.MINUTES);
    }

    public DailyReminder at(LocalTime newTime) {
        return new DailyReminder(id, newTime);
    }
}
