package com.morningbackcoach.routine;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** The routine step a user last heard, the local day that routine started on, and when the place was saved. */
public record SavedStep(LocalDate morning, int step, Instant savedAt) {

    /** A place saved just before midnight can still be picked up just after it. */
    public static final Duration MIDNIGHT_GRACE = Duration.ofHours(3);

    public SavedStep {
        if (morning == null || savedAt == null || !Routine.isStep(step)) {
            throw new IllegalArgumentException("Invalid saved step " + step + " on " + morning);
        }
    }

    /** The place to resume at on {@code today}; yesterday's progress does not carry over past the grace. */
    public Optional<RoutinePosition> resumableOn(LocalDate today, Instant now) {
        boolean justSaved = !now.isBefore(savedAt) && !now.isAfter(savedAt.plus(MIDNIGHT_GRACE));
        return morning.equals(today) || justSaved ? Optional.of(new RoutinePosition(step)) : Optional.empty();
    }
}
