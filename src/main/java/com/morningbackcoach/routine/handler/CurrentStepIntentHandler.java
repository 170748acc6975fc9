package com.morningbackcoach.routine.handler;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.morningbackcoach.routine.Routine;
import com.morningbackcoach.routine.RoutinePosition;
import com.morningbackcoach.skill.Conversation;
import com.morningbackcoach.skill.ConversationHandler;
import com.morningbackcoach.skill.Replies;
import com.morningbackcoach.skill.SkillServices;

import java.util.Optional;

import static com.amazon.ask.request.Predicates.intentName;

/** "What step am I on?" */
public final class CurrentStepIntentHandler extends ConversationHandler {

    public CurrentStepIntentHandler(SkillServices services) {
        super(services);
    }

    @Override
    protected boolean canHandle(HandlerInput input, Conversation conversation) {
        return input.matches(intentName("CurrentStepIntent"));
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
