package com.morningbackcoach.routine;

import java.util.ArrayList;
import java.util.List;

/**
 * A part's cues as one user will hear them: the variant they chose, the counts and seconds of their level, durations
 * at their pace, reps at their length.
 */
public record Plan(List<Cue> cues) {

    public Plan {
        cues = List.copyOf(cues);
    }

    /** The plan at the first level. */
    public static Plan of(Part part, RoutineSettings settings) {
        return of(part, settings, Progress.FIRST);
    }

    public static Plan of(Part part, RoutineSettings settings, int level) {
        List<Cue> planned = new ArrayList<>();
        Pace pace = settings.pace();
        boolean gentle = settings.gentle();
        for (Cue cue : part.cues()) {
            if (!cue.includedIn(gentle, level)) {
                continue;
            }
            if (cue instanceof Cue.Hold hold) {
                int seconds = pace.scale(hold.dose().at(level, gentle));
                planned.add(new Cue.Hold(seconds, hold.text(), hold.variant(), Dose.of(seconds), hold.levels()));
            } else if (cue instanceof Cue.Reps reps) {
                int count = settings.length().reps(reps.counts().at(level, gentle));
                int seconds = pace.scale(reps.holds().at(level, gentle));
                planned.add(new Cue.Reps(count, seconds, pace.scale(reps.rest()), reps.text(), reps.beat(),
                        reps.release(), reps.other(), reps.variant(), Dose.of(count), Dose.of(seconds),
                        reps.levels()));
            } else {
                planned.add(cue);
            }
        }
        return new Plan(planned);
    }

    /** Seconds of guided work and pauses: holds, repetitions, side changes and rests, without the talking. */
    public int guidedSeconds() {
        int total = 0;
        for (Cue cue : cues) {
            if (cue instanceof Cue.Reps reps) {
                total += reps.seconds();
            } else if (cue instanceof Cue.Switch change) {
                total += change.seconds();
            } else if (cue instanceof Cue.Rest rest) {
                total += rest.seconds();
            } else if (cue instanceof Cue.Hold hold) {
                total += hold.seconds();
            }
        }
        return total;
    }

    /** Seconds the user holds a position, in holds and in each repetition. */
    public int holdSeconds() {
        int total = 0;
        for (Cue cue : cues) {
            if (cue instanceof Cue.Hold hold) {
                total += hold.seconds();
            } else if (cue instanceof Cue.Reps reps) {
                total += reps.count() * reps.sides() * reps.hold();
            }
        }
        return total;
    }
}
