package com.morningbackcoach.routine;

import java.util.Objects;

/**
 * How the user likes the routine: pace, length, the gentle version, whether the one-time safety note was given, and
 * whether a tip follows the routine. Preferences only: the answers to the safety note are never kept.
 */
public record RoutineSettings(Pace pace, Length length, boolean gentle, boolean safetyNoteGiven, boolean tips) {

    public static final RoutineSettings DEFAULT = new RoutineSettings(Pace.STEADY, Length.FULL, false, false, true);

    public RoutineSettings {
        Objects.requireNonNull(pace);
        Objects.requireNonNull(length);
    }

    public RoutineSettings withPace(Pace newPace) {
        return new RoutineSettings(newPace, length, gentle, safetyNoteGiven, tips);
    }

    public RoutineSettings withLength(Length newLength) {
        return new RoutineSettings(pace, newLength, gentle, safetyNoteGiven, tips);
    }

    public RoutineSettings withGentle(boolean newGentle) {
        return new RoutineSettings(pace, length, newGentle, safetyNoteGiven, tips);
    }

    public RoutineSettings withSafetyNoteGiven() {
        return new RoutineSettings(pace, length, gentle, true, tips);
    }

    public RoutineSettings withTips(boolean newTips) {
        return new RoutineSettings(pace, length, gentle, safetyNoteGiven, newTips);
    }
}
