package com.morningbackcoach.conversation;

import com.morningbackcoach.alexa.ZoneLookup;
import com.morningbackcoach.user.UserStore;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/** What the skill needs from outside, built once per container and named, so adding a service touches one place. */
public final class SkillServices {

    private final UserStore store;
    private final Clock clock;
    private final ZoneLookup zoneLookup;

    private SkillServices(Builder builder) {
        this.store = Objects.requireNonNull(builder.store, "store");
        this.clock = Objects.requireNonNull(builder.clock, "clock");
        this.zoneLookup = Objects.requireNonNullElse(builder.zoneLookup, input -> Optional.empty());
    }

    public static Builder builder() {
        return new Builder();
    }

    public UserStore store() {
        return store;
    }

    public Clock clock() {
        return clock;
    }

    public ZoneLookup zoneLookup() {
        return zoneLookup;
    }

    /** Names each service; the store and the clock are required. */
    public static final class Builder {
        private UserStore store;
        private Clock clock;
        private ZoneLookup zoneLookup;

        private Builder() {
        }

        public Builder store(UserStore value) {
            this.store = value;
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        public Builder zoneLookup(ZoneLookup value) {
            this.zoneLookup = value;
            return this;
        }

        public SkillServices build() {
            return new SkillServices(this);
        }
    }
}
