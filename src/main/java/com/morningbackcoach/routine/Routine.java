package com.morningbackcoach.routine;

/** The fixed five-step morning routine: step numbers run from 1 to {@link #STEP_COUNT}. */
public final class Routine {

    public static final int STEP_COUNT = 5;

    private Routine() {
    }

    public static boolean isStep(int step) {
        return step >= 1 && step <= STEP_COUNT;
    }

    public static int stepsLeftAfter(int step) {
        return STEP_COUNT - step;
    }
}
