package com.morningbackcoach.alexa;

import java.time.Duration;
import java.util.Objects;

/** A timer of {@code duration}, shown as {@code label}, announcing {@code announcement} in {@code locale} at the end. */
public record TimerRequest(Duration duration, String label, String locale, String announcement) {

    public TimerRequest {
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(announcement, "announcement");
    }
}
