package com.morningbackcoach.testing;

import com.morningbackcoach.routine.Routine;
import com.morningbackcoach.routine.RoutinePosition;
import com.morningbackcoach.routine.RoutineSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every position of a routine in the order it is led, at a setting and level. */
public final class RoutineWalk {

    private RoutineWalk() {
    }

    public static List<RoutinePosition> positions(Routine routine, RoutineSettings settings, int level) {
        List<RoutinePosition> positions = new ArrayList<>();
        for (Optional<RoutinePosition> at = Optional.of(routine.first(settings, level)); at.isPresent();
             at = routine.next(at.get(), settings, level)) {
            positions.add(at.get());
        }
        return positions;
    }
}
