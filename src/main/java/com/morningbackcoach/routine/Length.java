package com.morningbackcoach.routine;

/** The whole routine, or a shorter one with fewer repetitions and without the parts marked full-only. */
public enum Length {
    FULL,
    SHORT;

    /** Repetitions in this length: the shorter routine does about two thirds, never fewer than two. */
    public int reps(int count) {
        return this == FULL ? count : Math.max(2, (int) Math.round(count * 2 / 3.0));
    }
}
