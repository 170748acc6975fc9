package com.morningbackcoach.routine;

import java.util.List;

/**
 * A part of a step, led in one response: its name ("your hip flexors"), the moves it teaches, its cues. A part
 * marked {@code fullOnly} is left out of the shorter routine.
 */
public record Part(String name, List<String> moves, List<Cue> cues, Variant variant, boolean fullOnly) {

    public Part {
        moves = List.copyOf(moves);
        cues = List.copyOf(cues);
    }

    public boolean includedIn(RoutineSettings settings) {
        return variant.includedWhen(settings.gentle()) && !(fullOnly && settings.length() == Length.SHORT);
    }
}
