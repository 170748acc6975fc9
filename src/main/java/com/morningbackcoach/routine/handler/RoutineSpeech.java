package com.morningbackcoach.routine.handler;

import com.morningbackcoach.routine.Routine;
import com.morningbackcoach.routine.RoutinePosition;
import com.morningbackcoach.speech.Speech;

/** Says a routine step: where it is in the routine, what to do, and how to move on. */
final class RoutineSpeech {

    private RoutineSpeech() {
    }

    static String step(Speech speech, RoutinePosition position) {
        String prompt = position.isLast() ? speech.say("routine.prompt.last") : speech.say("routine.prompt.next");
        return speech.say("routine.stepHeader", position.step(), Routine.STEP_COUNT)
                + " <break time=\"300ms\"/> " + speech.say("routine.step." + position.step())
                + " <break time=\"500ms\"/> " + prompt;
    }

    static String reprompt(Speech speech) {
        return speech.say("routine.reprompt");
    }
}
