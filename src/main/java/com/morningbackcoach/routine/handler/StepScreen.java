package com.morningbackcoach.routine.handler;

import com.morningbackcoach.conversation.Button;
import com.morningbackcoach.conversation.Intents;
import com.morningbackcoach.conversation.Screen;
import com.morningbackcoach.routine.Cue;
import com.morningbackcoach.routine.Plan;
import com.morningbackcoach.routine.Progress;
import com.morningbackcoach.routine.Routine;
import com.morningbackcoach.routine.RoutinePosition;
import com.morningbackcoach.routine.RoutineSettings;
import com.morningbackcoach.speech.Speech;
import com.morningbackcoach.speech.Ssml;

import java.util.List;

/** The screen of a part of the routine: the step, the move, the instruction, how far along, and the holds to count. */
record StepScreen(String step, String stepName, String part, int progress, String instruction, List<Hold> holds,
                  List<Button> buttons) implements Screen {

    static final String DOCUMENT = "routine-step";
    static final String DATA = "stepData";

    StepScreen {
        holds = List.copyOf(holds);
        buttons = List.copyOf(buttons);
    }

    /** A hold the screen counts down: from {@code start} seconds into the speech, for {@code seconds}. */
    record Hold(double start, int seconds) {
    }

    static StepScreen of(Speech speech, Routine routine, RoutinePosition position, RoutineSettings settings,
                         List<StepSsml.HoldWindow> holds) {
        return of(speech, routine, position, settings, holds, Progress.FIRST);
    }

    static StepScreen of(Speech speech, Routine routine, RoutinePosition position, RoutineSettings settings,
                         List<StepSsml.HoldWindow> holds, int level) {
        return new StepScreen(
                speech.say("screen.step", position.step(), routine.stepCount()),
                routine.step(position.step()).name(),
                capitalized(speech, routine.part(position).name()),
                progress(routine, position, settings, level),
                instruction(routine, position, settings, level),
                holds.stream().map(hold -> new Hold(Math.round(hold.start() * 10) / 10.0, hold.seconds())).toList(),
                List.of(new Button(speech.say("screen.back"), Intents.PREVIOUS, false),
                        new Button(speech.say("screen.repeat"), Intents.REPEAT, false),
                        new Button(speech.say("screen.next"), Intents.NEXT, true)));
    }

    @Override
    public String document() {
        return DOCUMENT;
    }

    @Override
    public String dataName() {
        return DATA;
    }

    /** Parts done before this one, as a share of the parts the user's routine has at their level, in percent. */
    static int progress(Routine routine, RoutinePosition position, RoutineSettings settings, int level) {
        int before = 0;
        int total = 0;
        for (RoutinePosition at = routine.first(settings, level); at != null;
             at = routine.next(at, settings, level).orElse(null)) {
            if (at.equals(position)) {
                before = total;
            }
            total++;
        }
        return total == 0 ? 0 : before * 100 / total;
    }

    private static String instruction(Routine routine, RoutinePosition position, RoutineSettings settings,
                                      int level) {
        return Plan.of(routine.part(position), settings, level).cues().stream()
                .filter(Cue.Say.class::isInstance).map(cue -> ((Cue.Say) cue).text())
                .findFirst().map(Ssml::plain).orElse("");
    }

    private static String capitalized(Speech speech, String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(speech.locale()) + text.substring(1);
    }
}
