package com.morningbackcoach.routine;

/**
 * One thing the coach says or leads within a part of a step. Durations are at the steady pace; a {@link Plan}
 * scales them to the user's pace and length.
 */
public sealed interface Cue {

    /** Which versions of the routine include this cue. */
    Variant variant();

    /** A line to say. */
    record Say(String text, Variant variant) implements Cue {
    }

    /** A position held for {@code seconds} after its instruction. */
    record Hold(int seconds, String text, Variant variant) implements Cue {
    }

    /**
     * A movement done {@code count} times: each time the coach says {@code beat} (or the number), waits
     * {@code hold} seconds, says {@code release} if there is one, and waits {@code rest} seconds.
     */
    record Reps(int count, int hold, int rest, String text, String beat, String release, Variant variant)
            implements Cue {
    }

    /** Change sides: a short line and a moment to get into position. */
    record Switch(String text, Variant variant) implements Cue {
        public static final int SECONDS = 3;
    }

    /** A pause of {@code seconds}, after its line, that the pace does not change (drinking water, a rest). */
    record Rest(int seconds, String text, Variant variant) implements Cue {
    }
}
