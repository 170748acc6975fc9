package com.morningbackcoach.alerts.handler;

import com.morningbackcoach.alerts.TimerLengths;
import com.morningbackcoach.alexa.AlexaPermissions;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the user asked for while Alexa asks them for the permission it needs. It travels in the permission request's
 * token and comes back with the answer; a token that is not exactly one of these is ignored.
 */
sealed interface PendingAlert {

    Pattern TOKEN = Pattern.compile("(reminder|timer)@([0-9:PTMS]{4,8})");

    String token();

    /** The permission this needs. */
    String scope();

    /** A daily reminder at {@code time}. */
    record DailyAt(LocalTime time) implements PendingAlert {
        @Override
        public String token() {
            return "reminder@" + time;
        }

        @Override
        public String scope() {
            return AlexaPermissions.REMINDERS;
        }
    }

    /** A timer of {@code duration}. */
    record TimerFor(Duration duration) implements PendingAlert {
        @Override
        public String token() {
            return "timer@" + duration;
        }

        @Override
        public String scope() {
            return AlexaPermissions.TIMERS;
        }
    }

    static Optional<PendingAlert> fromToken(String token) {
        Matcher matcher = token == null ? null : TOKEN.matcher(token);
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        try {
            if (matcher.group(1).equals("reminder")) {
                return Optional.of(new DailyAt(LocalTime.parse(matcher.group(2))));
            }
            return TimerLengths.parse(matcher.group(2)).filter(TimerLengths::allowed).map(TimerFor::new);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
