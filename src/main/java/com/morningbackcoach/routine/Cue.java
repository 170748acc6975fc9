package com.morningbackcoach.routine;

/**
 * One thing the coach says or leads within a part of a step. Durations are at the steady pace; a {@link Plan}
 * scales them to the user's pace and length and picks the level's counts and seconds.
 */
public sealed interface Cue {

    /** Which versions of the routine include this cue. */
    Variant variant();

    /** Which levels include this cue. */
    Levels levels();

    /** Whether the version ({@code gentle} or standard) at {@code level} includes this cue. */
    default boolean includedIn(boolean gentle, int level) {
        return variant().includedWhen(gentle) && levels().includes(level, gentle);
    }

    /** A line to say. */
    record Say(String text, Variant variant, Levels levels) implements Cue {
        public Say(String text, Variant variant) {
            this(text, variant, Levels.ALL);
        }
    }

    /** A position held for {@code seconds} (the first level's; {@code dose} per level) after its instruction. */
    record Hold(int seconds, String text, Variant variant, Dose dose, Levels levels) implements Cue {
        public Hold(int seconds, String text, Variant variant) {
            this(seconds, text, variant, Dose.of(seconds), Levels.ALL);
        }
    }

    /**
     * A movement done {@code count} times: the coach first says {@code text}, which announces the count ({@code {0}}),
     * then each time says {@code beat} (or the number), waits {@code hold} seconds, says {@code release} if there is
     * one, and waits {@code rest} seconds. An alternating move ({@code other} not empty) does both sides in each count:
     * after the first hold the coach says {@code other} and the other side holds as long. {@code count} and
     * {@code hold} are the first level's; {@code counts} and {@code holds} give them per level.
     */
    record Reps(int count, int hold, int rest, String text, String beat, String release, String other,
                Variant variant, Dose counts, Dose holds, Levels levels) implements Cue {

        public Reps(int count, int hold, int rest, String text, String beat, String release, String other,
                    Variant variant) {
            this(count, hold, rest, text, beat, release, other, variant, Dose.of(count), Dose.of(hold), Levels.ALL);
        }

        public boolean alternating() {
            return !other.isEmpty();
        }

        /** Sides held in each count: two for an alternating move, else one. */
        public int sides() {
            return alternating() ? 2 : 1;
        }

        /** Seconds the whole movement takes: every hold of every side and every rest. */
        public int seconds() {
            return count * (sides() * hold + rest);
        }
    }

    /** Change sides: a short line and {@code seconds} to get into position (longer for a lunge than a knee hug). */
    record Switch(String text, int seconds, Variant variant, Levels levels) implements Cue {
        public static final int DEFAULT_SECONDS = 3;

        public Switch(String text, int seconds, Variant variant) {
            this(text, seconds, variant, Levels.ALL);
        }
    }

    /** A pause of {@code seconds}, after its line, that the pace does not change (drinking water, a rest). */
    record Rest(int seconds, String text, Variant variant, Levels levels) implements Cue {
        public Rest(int seconds, String text, Variant variant) {
            this(seconds, text, variant, Levels.ALL);
        }
    }
}
