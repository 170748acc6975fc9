package com.morningbackcoach.routine;

import java.time.LocalDate;

/**
 * Where the user is in the programme: the level, the day it was set, the day "easier, same or harder" was last asked
 * and the day a step up was last declined. Dates and a number only: nothing about how a morning felt.
 */
public record Progress(int level, LocalDate levelSetOn, LocalDate askedOn, LocalDate declinedOn) {

    public static final int FIRST = 1;
    public static final int TOP = 4;
    public static final Progress NEW = new Progress(FIRST, null, null, null);

    public Progress {
        if (level < FIRST || level > TOP) {
            throw new IllegalArgumentException("No level " + level);
        }
    }

    /** One level down from {@code today}, or the same level counted afresh at the first. */
    public Progress easier(LocalDate today) {
        return at(level - 1, today);
    }

    /** One level up from {@code today}, or the same level counted afresh at the top. */
    public Progress harder(LocalDate today) {
        return at(level + 1, today);
    }

    /** {@code newLevel}, kept within the levels there are, set on {@code today}. */
    public Progress at(int newLevel, LocalDate today) {
        return new Progress(Math.max(FIRST, Math.min(TOP, newLevel)), today, askedOn, declinedOn);
    }

    /** The same level, with its count of good mornings started again on {@code today}, as after a pain report. */
    public Progress restartedOn(LocalDate today) {
        return at(level, today);
    }

    public Progress askedOn(LocalDate today) {
        return new Progress(level, levelSetOn, today, declinedOn);
    }

    public Progress declinedOn(LocalDate today) {
        return new Progress(level, levelSetOn, askedOn, today);
    }

    public boolean isTop() {
        return level == TOP;
    }
}
