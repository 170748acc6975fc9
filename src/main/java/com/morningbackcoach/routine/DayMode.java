package com.morningbackcoach.routine;

/** What kind of morning it is: a usual one, or a bad back day with its short, gentle routine. */
public enum DayMode {
    NORMAL,
    BAD_BACK_DAY
}
