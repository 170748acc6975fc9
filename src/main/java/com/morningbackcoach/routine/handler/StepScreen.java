package com.morningbackcoach.routine.handler;

import com.morningbackcoach.conversation.Intents;
import com.morningbackcoach.conversation.Screen;
import com.morningbackcoach.conversation.Screens;
import com.morningbackcoach.routine.Cue;
import com.morningbackcoach.routine.Plan;
import com.morningbackcoach.routine.Routine;
import com.morningbackcoach.routine.RoutinePosition;
import com.morningbackcoach.routine.RoutineSettings;
import com.morningbackcoach.speech.Speech;
import com.morningbackcoach.speech.Ssml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The screen of a part of the routine: the step, the move, the instruction, how far along, and the holds to count. */
final class StepScreen {

    static final String DOCUMENT = "routine-step";

    private StepScreen() {
    }

    static Screen of(Speech speech, Routine routine, RoutinePosition position, RoutineSettings settings,
                     List<StepSsml.HoldWindow> holds) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("step", speech.say("screen.step", position.step(), routine.stepCount()));
        payload.put("stepName", routine.step(position.step()).name());
        payload.put("part", capitalized(speech, routine.part(position).name()));
        payload.put("progress", progress(routine, position, settings));
        payload.put("instruction", instruction(routine, position, settings));
        payload.put("holds", holds.stream().map(hold -> Map.<String, Object>of(
                "start", Math.round(hold.start() * 10) / 10.0, "seconds", hold.seconds())).toList());
        payload.put("buttons", List.of(
                Screens.button(speech.say("screen.back"), Intents.PREVIOUS, false),
                Screens.button(speech.say("screen.repeat"), Intents.REPEAT, false),
                Screens.button(speech.say("screen.next"), Intents.NEXT, true)));
        return new Screen(DOCUMENT, payload);
    }

    /** Parts done before this one, as a share of the parts the user's routine has, in percent. */
    static int progress(Routine routine, RoutinePosition position, RoutineSettings settings) {
        int before = 0;
        int total = 0;
        for (RoutinePosition at = routine.first(settings); at != null; at = routine.next(at, settings).orElse(null)) {
            if (at.equals(position)) {
                before = total;
            }
            total++;
        }
        return total == 0 ? 0 : before * 100 / total;
    }

    private static String instruction(Routine routine, RoutinePosition position, RoutineSettings settings) {
        return Plan.of(routine.part(position), settings).cues().stream()
                .filter(Cue.Say.class::isInstance).map(cue -> ((Cue.Say) cue).text())
                .findFirst().map(Ssml::plain).orElse("");
    }

    private static String capitalized(Speech speech, String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(speech.locale()) + text.substring(1);
    }
}
