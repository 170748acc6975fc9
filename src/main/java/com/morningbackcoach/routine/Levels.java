package com.morningbackcoach.routine;

/**
 * The levels that include a part or a cue, from {@code from} to {@code until}. The gentle version has no harder
 * variants: it takes only what starts at the first level, whatever the level.
 */
public record Levels(int from, int until) {

    public static final Levels ALL = new Levels(Progress.FIRST, Progress.TOP);

    public Levels {
        if (from < Progress.FIRST || until > Progress.TOP || from > until) {
            throw new IllegalArgumentException("No levels " + from + " to " + until);
        }
    }

    public boolean includes(int level, boolean gentle) {
        return gentle ? from == Progress.FIRST : level >= from && level <= until;
    }
}
