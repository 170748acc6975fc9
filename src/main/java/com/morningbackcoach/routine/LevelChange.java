package com.morningbackcoach.routine;

/** A change of level the coach makes on its own today, which the user hears about. */
public enum LevelChange {
    NONE,
    LOWER_AFTER_BREAK
}
