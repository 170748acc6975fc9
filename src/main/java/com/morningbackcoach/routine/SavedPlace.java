package com.morningbackcoach.routine;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** The place a user last heard in a routine, the morning that routine counts for, and when it was saved. */
public record SavedPlace(String routineId, RoutinePosition position, LocalDate morning, Instant savedAt) {

    /** A place saved just before midnight can still be picked up just after it. */
    public static final Duration MIDNIGHT_GRACE = Duration.ofHours(3);

    public SavedPlace {
        Objects.requireNonNull(routineId);
        Objects.requireNonNull(position);
        Objects.requireNonNull(morning);
        Objects.requireNonNull(savedAt);
    }

    public static SavedPlace of(RoutinePlace place, Instant savedAt) {
        return new SavedPlace(place.routineId(), place.position(), place.morning(), savedAt);
    }

    /** The place to resume on {@code today}; an earlier morning's place does not carry over past the grace. */
    public Optional<RoutinePlace> resumableOn(LocalDate today, Instant now) {
        boolean justSaved = !now.isBefore(savedAt) && !now.isAfter(savedAt.plus(MIDNIGHT_GRACE));
        return morning.equals(today) || justSaved
                ? Optional.of(new RoutinePlace(routineId, position, morning)) : Optional.empty();
    }
}
