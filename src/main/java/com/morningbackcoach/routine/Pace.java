package com.morningbackcoach.routine;

/** How long holds and counted movements last, relative to the steady pace, and how fast the coach speaks. */
public enum Pace {
    SLOW(1.25, 90),
    STEADY(1.0, 100),
    BRISK(0.8, 110);

    private final double factor;
    private final int voiceRate;

    Pace(double factor, int voiceRate) {
        this.factor = factor;
        this.voiceRate = voiceRate;
    }

    /** How fast the coach speaks at this pace, in percent of the voice's normal rate. */
    public int voiceRate() {
        return voiceRate;
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
