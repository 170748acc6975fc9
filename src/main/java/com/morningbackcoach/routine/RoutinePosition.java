package com.morningbackcoach.routine;

/** Where a user stands in the routine, and the moves from there. */
public record RoutinePosition(int step) {

    public RoutinePosition {
        if (!Routine.isStep(step)) {
            throw new IllegalArgumentException("No routine step " + step);
        }
    }

    public static RoutinePosition first() {
        return new RoutinePosition(1);
    }

    public boolean isLast() {
        return step == Routine.STEP_COUNT;
    }

    public boolean isFirst() {
        return step == 1;
    }

    /** The next step; callers check {@link #isLast()} first, since finishing is not a step. */
    public RoutinePosition next() {
        return new RoutinePosition(step + 1);
    }

    public RoutinePosition previous() {
        return isFirst() ? this : new RoutinePosition(step - 1);
    }

    public int stepsLeft() {
        return Routine.stepsLeftAfter(step);
    }
}
