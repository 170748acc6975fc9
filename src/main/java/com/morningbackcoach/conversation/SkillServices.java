package com.morningbackcoach.conversation;

import com.morningbackcoach.alexa.AlexaAlertsApi;
import com.morningbackcoach.alexa.Reminders;
import com.morningbackcoach.alexa.Timers;
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
    private final Reminders reminders;
    private final Timers timers;

    private SkillServices(Builder builder) {
        this.store = Objects.requireNonNull(builder.store, "store");
        this.clock = Objects.requireNonNull(builder.clock, "clock");
        this.zoneLookup = Objects.requireNonNullElse(builder.zoneLookup, input -> Optional.empty());
        AlexaAlertsApi alerts = new AlexaAlertsApi();
        this.reminders = Objects.requireNonNullElse(builder.reminders, alerts);
        this.timers = Objects.requireNonNullElse(builder.timers, alerts);
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

    /** The Reminders API; by default through the request's own endpoint and token. */
    public Reminders reminders() {
        return reminders;
    }

    /** The Timers API; by default through the request's own endpoint and token. */
    public Timers timers() {
        return timers;
    }

    /** Names each service; the store and the clock are required, the Alexa APIs default to the real ones. */
    public static final class Builder {
        private UserStore store;
        private Clock clock;
        private ZoneLookup zoneLookup;
        private Reminders reminders;
        private Timers timers;

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

        public Builder reminders(Reminders value) {
            this.reminders = value;
            return this;
        }

        public Builder timers(Timers value) {
            this.timers = value;
            return this;
        }

        public SkillServices build() {
            return new SkillServices(this);
        }
    }
}
