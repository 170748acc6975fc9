package com.morningbackcoach.speech;

import java.time.LocalDate;

/**
 * Which of a family of phrase variants to say on a day: fixed by the date and the user, so it can be predicted, and
 * never the same on two days in a row when there are at least two.
 */
public final class Rotation {

    private Rotation() {
    }

    /** A variant index from 0 to {@code count - 1} for {@code family} on {@code day}. */
    public static int pick(LocalDate day, String userKey, String family, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("No variants to pick from");
        }
        return Math.floorMod(day.toEpochDay() + offset(userKey, family), count);
    }

    /** A user's own starting point in a family, the same on every run of the skill. */
    static long offset(String userKey, String family) {
        return (userKey + "|" + family).hashCode();
    }

    /** Variants present for {@code family}: keys {@code family.1}, {@code family.2}... up to the first one missing. */
    public static int count(Speech speech, String family) {
        int count = 0;
        while (speech.has(family + "." + (count + 1))) {
            count++;
        }
        return count;
    }

    /** The variant of {@code family} for the day and user, or empty when the locale has none. */
    public static String say(Speech speech, String family, LocalDate day, String userKey, Object... args) {
        int count = count(speech, family);
        return count == 0 ? "" : speech.say(family + "." + (pick(day, userKey, family, count) + 1), args);
    }
}
