package com.morningbackcoach.routine.handler;

import com.amazon.ask.model.Response;
import com.morningbackcoach.routine.Routine;
import com.morningbackcoach.routine.RoutinePosition;
import com.morningbackcoach.skill.Conversation;
import com.morningbackcoach.skill.IntentHandler;
import com.morningbackcoach.skill.Replies;
import com.morningbackcoach.skill.SkillServices;

import java.util.Optional;

/** "What step am I on?" */
public final class CurrentStepIntentHandler extends IntentHandler {

    public CurrentStepIntentHandler(SkillServices services) {
        super(services, "CurrentStepIntent");
    }

    @Override
    protected Optional<Response> handle(Conversation conversation) {
        Optional<RoutinePosition> current = RoutineFlow.currentStep(conversation);
        if (current.isEmpty()) {
            return RoutineFlow.notStarted(conversation);
        }
        conversation.enterRoutineAt(current.get());
        String speech = conversation.speech().say("routine.whereAmI", current.get().step(), Routine.STEP_COUNT)
                + " " + RoutineSpeech.reprompt(conversation.speech());
        return Replies.ask(conversation, speech, RoutineSpeech.reprompt(conversation.speech()));
    }
}
