package com.morningbackcoach.routine;

import java.time.LocalDate;
import java.util.Objects;

/** Where the user is in a routine, and the local day that routine started on: the morning it counts for. */
public record RoutinePlace(RoutinePosition position, LocalDate morning) {

    public RoutinePlace {
        Objects.requireNonNull(position);
        Objects.requireNonNull(morning);
    }

    public RoutinePlace at(RoutinePosition other) {
        return new RoutinePlace(other, morning);
    }
}
