package com.morningbackcoach.routine;

import java.util.List;

/**
 * A part of a step, led in one response: its name ("your hip flexors"), the moves it teaches, its cues. A part
 * marked {@code fullOnly} is left out of the shorter routine; one with {@code levels} only at those levels.
 */
public record Part(String name, List<String> moves, List<Cue> cues, Variant variant, boolean fullOnly,
                   Levels levels) {

    public Part {
        moves = List.copyOf(moves);
        cues = List.copyOf(cues);
    }

    public Part(String name, List<String> moves, List<Cue> cues, Variant variant, boolean fullOnly) {
        this(name, moves, cues, variant, fullOnly, Levels.ALL);
    }

    /** Whether {@code settings} include this part at the first level. */
    public boolean includedIn(RoutineSettings settings) {
        return includedIn(settings, Progress.FIRST);
    }

    public boolean includedIn(RoutineSettings settings, int level) {
        return variant.includedWhen(settings.gentle()) && levels.includes(level, settings.gentle())
                && !(fullOnly && settings.length() == Length.SHORT);
    }
}
