package com.morningbackcoach.skill;

/** What the user is in the middle of, kept in the session so each turn knows how to read yes, no, next or help. */
public enum Mode {
    MENU,
    ROUTINE,
    CHECK
}
