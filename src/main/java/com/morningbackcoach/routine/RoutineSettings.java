package com.morningbackcoach.routine;

import com.morningbackcoach.audio.AudioMode;

import java.util.Objects;

/**
 * How the user likes the routine: pace, length, the gentle version, whether the one-time safety note was given, and
 * whether a tip follows the routine, and what plays besides the words. Preferences only: the answers to the safety
 * note are never kept.
 */
public record RoutineSettings(Pace pace, Length length, boolean gentle, boolean safetyNoteGiven, boolean tips,
                              AudioMode audio) {

    public static final RoutineSettings DEFAULT = new RoutineSettings(Pace.STEADY, Length.FULL, false, false, true);

    public RoutineSettings {
        Objects.requireNonNull(pace);
        Objects.requireNonNull(length);
        Objects.requireNonNull(audio);
    }

    /** The settings with chimes and the sound bed. */
    public RoutineSettings(Pace pace, Length length, boolean gentle, boolean safetyNoteGiven, boolean tips) {
        this(pace, length, gentle, safetyNoteGiven, tips, AudioMode.FULL);
    }

    public RoutineSettings withPace(Pace newPace) {
        return new RoutineSettings(newPace, length, gentle, safetyNoteGiven, tips, audio);
    }

    public RoutineSettings withLength(Length newLength) {
        return new RoutineSettings(pace, newLength, gentle, safetyNoteGiven, tips, audio);
    }

    public RoutineSettings withGentle(boolean newGentle) {
        return new RoutineSettings(pace, length, newGentle, safetyNoteGiven, tips, audio);
    }

    public RoutineSettings withSafetyNoteGiven() {
        return new RoutineSettings(pace, length, gentle, true, tips, audio);
    }

    public RoutineSettings withTips(boolean newTips) {
        return new RoutineSettings(pace, length, gentle, safetyNoteGiven, newTips, audio);
    }

    public RoutineSettings withAudio(AudioMode newAudio) {
        return new RoutineSettings(pace, length, gentle, safetyNoteGiven, tips, newAudio);
    }
}
