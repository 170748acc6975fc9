package com.morningbackcoach.routine;

import java.time.LocalDate;

/** Where the user stands in the programme: the level and the date it was set, and when the level was last asked about or declined. */
public record Progress(int level, LocalDate levelSetOn, LocalDate askedOn, LocalDate declinedOn) {

    public static final int FIRST = 1;
    public static final int TOP = 4;
    public static final Progress NEW = new Progress(FIRST, null, null, null);

    public Progress {
        if (level < FIRST || level > TOP) {
            throw new IllegalArgumentException("No level " + level);
        }
    }

    public Progress at(int newLevel, LocalDate today) {
        return new Progress(Math.max(FIRST, Math.min(TOP, newLevel)), today, askedOn, declinedOn);
    }

    public Progress easier(LocalDate today) {
        return at(level - 1, today);
    }

    public Progress harder(LocalDate today) {
        return at(level + 1, today);
    }

    public Progress restartedOn(LocalDate today) {
        return at(level, today);
    }

    public Progress askedOn(LocalDate today) {
        return new Progress(level, levelSetOn, today, declinedOn);
    }

    public Progress declinedOn(LocalDate today) {
        return new Progress(level, levelSetOn, askedOn, today);
    }
}
