package com.morningbackcoach.routine;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A routine in one language: its steps, each made of parts, and how to do each move it teaches. Positions walk the
 * parts a user's settings include, so a shorter or gentler routine simply skips what it leaves out.
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

    public RoutinePosition first(RoutineSettings settings) {
        return firstPartOf(1, settings).orElseThrow();
    }

    /** The part after {@code position}, or empty when the routine is finished. */
    public Optional<RoutinePosition> next(RoutinePosition position, RoutineSettings settings) {
        Step step = step(position.step());
        for (int part = position.part() + 1; part <= step.parts().size(); part++) {
            if (step.parts().get(part - 1).includedIn(settings)) {
                return Optional.of(new RoutinePosition(position.step(), part));
            }
        }
        return nextStep(position, settings);
    }

    /** The first part of the step after {@code position}'s, or empty after the last step. */
    public Optional<RoutinePosition> nextStep(RoutinePosition position, RoutineSettings settings) {
        for (int number = position.step() + 1; number <= stepCount(); number++) {
            Optional<RoutinePosition> first = firstPartOf(number, settings);
            if (first.isPresent()) {
                return first;
            }
        }
        return Optional.empty();
    }

    /** The part before {@code position}, or empty at the very first one. */
    public Optional<RoutinePosition> previous(RoutinePosition position, RoutineSettings settings) {
        for (int number = position.step(); number >= 1; number--) {
            List<Part> parts = step(number).parts();
            int from = number == position.step() ? position.part() - 1 : parts.size();
            for (int part = from; part >= 1; part--) {
                if (parts.get(part - 1).includedIn(settings)) {
                    return Optional.of(new RoutinePosition(number, part));
                }
            }
        }
        return Optional.empty();
    }

    /** The parts of step {@code number} that {@code settings} include. */
    public List<Part> partsOf(int number, RoutineSettings settings) {
        return step(number).parts().stream().filter(part -> part.includedIn(settings)).toList();
    }

    public Optional<Move> move(String id) {
        return Optional.ofNullable(id == null ? null : moves.get(id));
    }

    private Optional<RoutinePosition> firstPartOf(int number, RoutineSettings settings) {
        List<Part> parts = step(number).parts();
        for (int part = 1; part <= parts.size(); part++) {
            if (parts.get(part - 1).includedIn(settings)) {
                return Optional.of(new RoutinePosition(number, part));
            }
        }
        return Optional.empty();
    }
}
