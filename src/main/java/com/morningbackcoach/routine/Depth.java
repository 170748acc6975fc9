package com.morningbackcoach.routine;

/**
 * How much the coach says around each part: every cue and the why; the move, its dose and the count with the why and
 * the safety line back at each step's start (once a week, after a level change or a pain report); or just the move,
 * its dose and the count.
 */
public enum Depth {
    FULL,
    REMIND,
    SHORT
}
