package com.morningbackcoach.alerts;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The time of day a reminder is asked for, as Alexa hears it, and the one offered when the user names none. */
public final class ReminderTimes {

    /** A morning time to offer when the user is not using the skill in the morning. */
    public static final LocalTime USUAL = LocalTime.of(7, 0);
    /** Alexa's words for a part of the day: morning, afternoon, evening, night. */
    private static final Set<String> PARTS_OF_DAY = Set.of("MO", "AF", "EV", "NI");
    private static final Pattern CLOCK = Pattern.compile("\\d{2}:\\d{2}");
    private static final LocalTime MORNING_STARTS = LocalTime.of(4, 0);
    private static final LocalTime MORNING_ENDS = LocalTime.of(12, 0);

    private ReminderTimes() {
    }

    /** The exact time in an {@code AMAZON.TIME} value ("07:00"); empty for a part of the day or anything else. */
    public static Optional<LocalTime> exact(String slotValue) {
        if (slotValue == null || !CLOCK.matcher(slotValue).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.parse(slotValue));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whether the value names only a part of the day, as "in the morning" does. */
    public static boolean isPartOfDay(String slotValue) {
        return slotValue != null && PARTS_OF_DAY.contains(slotValue);
    }

    /**
     * The time to offer "at this time": now, to the five minutes before, when it is morning; otherwise the usual
     * morning time.
     */
    public static LocalTime offeredAt(LocalTime now) {
        if (now.isBefore(MORNING_STARTS) || !now.isBefore(MORNING_ENDS)) {
            return USUAL;
        }
        LocalTime minutes = now.truncatedTo(ChronoUnit.MINUTES);
        return minutes.minusMinutes(minutes.getMinute() % 5);
    }
}
