package com.morningbackcoach.skill;

/** A yes/no question the skill has just asked, so that the answer can be routed to it. */
public enum Pending {
    NONE,
    START_ROUTINE,
    RESUME_ROUTINE,
    DELETE_DATA,
    FAQ_MORE,
    RESUME_CHECK
}
