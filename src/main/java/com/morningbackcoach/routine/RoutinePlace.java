package com.morningbackcoach.routine;

import java.time.LocalDate;
import java.util.Objects;

/** Where the user is in which routine, and the local day that routine started on: the morning it counts for. */
public record RoutinePlace(String routineId, RoutinePosition position, LocalDate morning) {

    public RoutinePlace {
        Objects.requireNonNull(routineId);
        Objects.requireNonNull(position);
        Objects.requireNonNull(morning);
    }

    public RoutinePlace at(RoutinePosition other) {
        return new RoutinePlace(routineId, other, morning);
    }
}
