package com.morningbackcoach.routine;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How a part is led today: at which level, how much is said, and the day and user that choose the phrase variants
 * (no day: the fixed wording).
 */
public record Coaching(int level, Depth depth, LocalDate day, String userKey) {

    /** A first morning: level one, every cue, the fixed wording. */
    public static final Coaching FIRST_MORNING = new Coaching(Progress.FIRST, Depth.FULL, null, "");

    public Coaching {
        Objects.requireNonNull(depth);
        Objects.requireNonNull(userKey);
        if (level < Progress.FIRST || level > Progress.TOP) {
            throw new IllegalArgumentException("No level " + level);
        }
    }

    public Coaching withDepth(Depth newDepth) {
        return new Coaching(level, newDepth, day, userKey);
    }

    public boolean varies() {
        return day != null;
    }
}
