package com.morningbackcoach.routine;

/** How long holds and counted movements last, relative to the steady pace. */
public enum Pace {
    SLOW(1.25),
    STEADY(1.0),
    BRISK(0.8);

    private final double factor;

    Pace(double factor) {
        this.factor = factor;
    }

    public int scale(int seconds) {
        return Math.max(1, (int) Math.round(seconds * factor));
    }

    public Pace slower() {
        return this == BRISK ? STEADY : SLOW;
    }

    public Pace faster() {
        return this == SLOW ? STEADY : BRISK;
    }
}
