package com.morningbackcoach.routine;

import java.time.LocalDate;
import java.time.LocalDateTime;
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

    /**
     * Whether this place's morning can be the one under way at local time {@code now}: today, or yesterday in the
     * hours just after midnight, for a routine begun before it.
     */
    public boolean isUnderWayAt(LocalDateTime now) {
        LocalDate today = now.toLocalDate();
        return morning.equals(today) || morning.equals(today.minusDays(1))
                && !now.isAfter(today.atStartOfDay().plus(SavedPlace.MIDNIGHT_GRACE));
    }

    /** This place, counting for {@code day}. */
    public RoutinePlace forMorning(LocalDate day) {
        return new RoutinePlace(routineId, position, day);
    }
}
