package com.morningbackcoach.routine;

import java.time.LocalDate;
import java.util.Optional;

/** The routine step a user last heard, and on which local day. */
public record SavedStep(LocalDate day, int step) {

    public SavedStep {
        if (day == null || !Routine.isStep(step)) {
            throw new IllegalArgumentException("Invalid saved step " + step + " on " + day);
        }
    }

    /** The position to resume at on {@code today}; yesterday's progress does not carry over. */
    public Optional<RoutinePosition> resumableOn(LocalDate today) {
        return day.equals(today) ? Optional.of(new RoutinePosition(step)) : Optional.empty();
    }
}
