package com.morningbackcoach.routine.handler;

import com.amazon.ask.model.Response;
import com.morningbackcoach.routine.Routine;
import com.morningbackcoach.routine.RoutinePosition;
import com.morningbackcoach.skill.Conversation;
import com.morningbackcoach.skill.IntentHandler;
import com.morningbackcoach.skill.Replies;
import com.morningbackcoach.skill.SkillServices;
import com.morningbackcoach.speech.Speech;

import java.util.Optional;

/** "How many steps are left?" */
public final class StepsLeftIntentHandler extends IntentHandler {

    public StepsLeftIntentHandler(SkillServices services) {
        super(services, "StepsLeftIntent");
    }

    @Override
    protected Optional<Response> handle(Conversation conversation) {
        Optional<RoutinePosition> current = RoutineFlow.currentStep(conversation);
        if (current.isEmpty()) {
            return RoutineFlow.notStarted(conversation);
        }
        conversation.enterRoutineAt(current.get());
        Speech speech = conversation.speech();
        int left = current.get().stepsLeft();
        String answer = switch (left) {
            case 0 -> speech.say("routine.stepsLeft.none");
            case 1 -> speech.say("routine.stepsLeft.one");
            default -> speech.say("routine.stepsLeft.some", left);
        };
        String whereAmI = speech.say("routine.whereAmI", current.get().step(), Routine.STEP_COUNT);
        return Replies.ask(conversation, whereAmI + " " + answer + " " + RoutineSpeech.reprompt(speech),
                RoutineSpeech.reprompt(speech));
    }
}
