package com.morningbackcoach.routine;

/** How much the coach says around each part: every cue and the why, or just the move, its dose and the count. */
public enum Depth {
    FULL,
    SHORT
}
