package com.morningbackcoach.routine;

/** How much the coach says around a move: everything, or the move's name and dose straight into the count. */
public enum Depth {
    FULL,
    SHORT
}
