package com.morningbackcoach.routine;

/** What kind of morning the user asked for: the usual routine, or the short in-bed one for a bad back day. */
public enum DayMode {
    NORMAL,
    BAD_BACK_DAY
}
