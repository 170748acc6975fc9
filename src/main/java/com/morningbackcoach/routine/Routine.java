package com.morningbackcoach.routine;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A routine in one language: its steps, each made of parts, and how to do each move it teaches. Positions walk the
 * parts a user's settings and level include, so a shorter or gentler routine simply skips what it leaves out.
 */
public record Routine(String id, List<Step> steps, Map<String, Move> moves) {

    public Routine {
        steps = List.copyOf(steps);
        moves = Map.copyOf(moves);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("Routine " + id + " has no steps");
        }
    }

    public int stepCount() {
        return steps.size();
    }

    /** Step {@code number}, counted from 1. */
    public Step step(int number) {
        return steps.get(number - 1);
    }

    public Part part(RoutinePosition position) {
        return step(position.step()).parts().get(position.part() - 1);
    }

    public boolean contains(RoutinePosition position) {
        return position.step() <= stepCount() && position.part() <= step(position.step()).parts().size();
    }

    /** The first part at the first level. */
    public RoutinePosition first(RoutineSettings settings) {
        return first(settings, Progress.FIRST);
    }

    public RoutinePosition first(RoutineSettings settings, int level) {
        for (int number = 1; number <= stepCount(); number++) {
            Optional<RoutinePosition> first = firstPartOf(number, settings, level);
            if (first.isPresent()) {
                return first.get();
            }
        }
        throw new IllegalStateException("Routine " + id + " has no part at level " + level);
    }

    /** The part after {@code position} at the first level. */
    public Optional<RoutinePosition> next(RoutinePosition position, RoutineSettings settings) {
        return next(position, settings, Progress.FIRST);
    }

    /** The part after {@code position}, or empty when the routine is finished. */
    public Optional<RoutinePosition> next(RoutinePosition position, RoutineSettings settings, int level) {
        Step step = step(position.step());
        for (int part = position.part() + 1; part <= step.parts().size(); part++) {
            if (step.parts().get(part - 1).includedIn(settings, level)) {
                return Optional.of(new RoutinePosition(position.step(), part));
            }
        }
        return nextStep(position, settings, level);
    }

    /** The first part of the next step at the first level. */
    public Optional<RoutinePosition> nextStep(RoutinePosition position, RoutineSettings settings) {
        return nextStep(position, settings, Progress.FIRST);
    }

    /** The first part of the step after {@code position}'s, or empty after the last step. */
    public Optional<RoutinePosition> nextStep(RoutinePosition position, RoutineSettings settings, int level) {
        for (int number = position.step() + 1; number <= stepCount(); number++) {
            Optional<RoutinePosition> first = firstPartOf(number, settings, level);
            if (first.isPresent()) {
                return first;
            }
        }
        return Optional.empty();
    }

    /** The part before {@code position} at the first level. */
    public Optional<RoutinePosition> previous(RoutinePosition position, RoutineSettings settings) {
        return previous(position, settings, Progress.FIRST);
    }

    /** The part before {@code position}, or empty at the very first one. */
    public Optional<RoutinePosition> previous(RoutinePosition position, RoutineSettings settings, int level) {
        for (int number = position.step(); number >= 1; number--) {
            List<Part> parts = step(number).parts();
            int from = number == position.step() ? position.part() - 1 : parts.size();
            for (int part = from; part >= 1; part--) {
                if (parts.get(part - 1).includedIn(settings, level)) {
                    return Optional.of(new RoutinePosition(number, part));
                }
            }
        }
        return Optional.empty();
    }

    /** The parts of step {@code number} that {@code settings} include at the first level. */
    public List<Part> partsOf(int number, RoutineSettings settings) {
        return partsOf(number, settings, Progress.FIRST);
    }

    /** The parts of step {@code number} that {@code settings} include at {@code level}. */
    public List<Part> partsOf(int number, RoutineSettings settings, int level) {
        return step(number).parts().stream().filter(part -> part.includedIn(settings, level)).toList();
    }

    public Optional<Move> move(String id) {
        return Optional.ofNullable(id == null ? null : moves.get(id));
    }

    private Optional<RoutinePosition> firstPartOf(int number, RoutineSettings settings, int level) {
        List<Part> parts = step(number).parts();
        for (int part = 1; part <= parts.size(); part++) {
            if (parts.get(part - 1).includedIn(settings, level)) {
                return Optional.of(new RoutinePosition(number, part));
            }
        }
        return Optional.empty();
    }
}
