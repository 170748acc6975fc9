package com.morningbackcoach.skill;

import com.morningbackcoach.user.UserProfiles;
import com.morningbackcoach.user.UserStore;

import java.time.Clock;

/** What the handlers need from outside: the user store, the clock and the device time zone. Built once per container. */
public record SkillServices(UserStore store, Clock clock, ZoneLookup zoneLookup) {

    public UserProfiles profiles() {
        return new UserProfiles(store);
    }
}
