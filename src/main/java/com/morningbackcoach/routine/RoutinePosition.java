package com.morningbackcoach.routine;

/** A step of the routine and a part of that step, both counted from 1. */
public record RoutinePosition(int step, int part) {

    public RoutinePosition {
        if (step < 1 || part < 1) {
            throw new IllegalArgumentException("No routine position " + step + "." + part);
        }
    }

    public boolean isStartOfStep() {
        return part == 1;
    }

    /** True past the first part of the first step, where there is a place worth offering to pick up. */
    public boolean isUnderWay() {
        return step > 1 || part > 1;
    }
}
