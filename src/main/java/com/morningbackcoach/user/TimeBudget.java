package com.morningbackcoach.user;

import java.time.Duration;

/** The time one request may still spend on storage, so that a slow or failing store never holds up an answer. */
public final class TimeBudget {

    private final long deadlineNanos;

    private TimeBudget(long deadlineNanos) {
        this.deadlineNanos = deadlineNanos;
    }

    public static TimeBudget of(Duration total) {
        return new TimeBudget(System.nanoTime() + total.toNanos());
    }

    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
    }

    public boolean isSpent() {
        return remaining().isZero();
    }
}
