package com.morningbackcoach.routine;

import java.util.ArrayList;
import java.util.List;

/** A part's cues as one user will hear them: the variant they chose, durations at their pace, reps at their length. */
public record Plan(List<Cue> cues) {

    public Plan {
        cues = List.copyOf(cues);
    }

    public static Plan of(Part part, RoutineSettings settings) {
        List<Cue> planned = new ArrayList<>();
        Pace pace = settings.pace();
        for (Cue cue : part.cues()) {
            if (!cue.variant().includedWhen(settings.gentle())) {
                continue;
            }
            if (cue instanceof Cue.Hold hold) {
                planned.add(new Cue.Hold(pace.scale(hold.seconds()), hold.text(), hold.variant()));
            } else if (cue instanceof Cue.Reps reps) {
                planned.add(new Cue.Reps(settings.length().reps(reps.count()), pace.scale(reps.hold()),
                        pace.scale(reps.rest()), reps.text(), reps.beat(), reps.release(), reps.other(),
                        reps.variant()));
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
