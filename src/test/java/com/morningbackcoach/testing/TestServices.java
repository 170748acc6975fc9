package com.morningbackcoach.testing;

import com.morningbackcoach.conversation.SkillServices;
import com.morningbackcoach.user.InMemoryUserStore;
import com.morningbackcoach.user.UserStore;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

/** Skill services for tests: a given store and clock, and a device that reports a fixed time zone. */
public final class TestServices {

    private TestServices() {
    }

    public static SkillServices inMemory(Clock clock) {
        return with(new InMemoryUserStore(), clock, ZoneId.of("UTC"));
    }

    public static SkillServices with(UserStore store, Clock clock, ZoneId deviceZone) {
        return SkillServices.builder().store(store).clock(clock).zoneLookup(input -> Optional.of(deviceZone)).build();
    }
}
