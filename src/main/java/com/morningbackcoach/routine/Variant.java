package com.morningbackcoach.routine;

/** Which versions of the routine include a part or a cue: all, only the gentle one, or only the standard one. */
public enum Variant {
    ALL,
    GENTLE,
    STANDARD;

    public boolean includedWhen(boolean gentle) {
        return this == ALL || (this == GENTLE) == gentle;
    }
}
