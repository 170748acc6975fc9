package com.morningbackcoach.routine.handler;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.morningbackcoach.routine.RoutinePosition;
import com.morningbackcoach.skill.Conversation;
import com.morningbackcoach.skill.ConversationHandler;
import com.morningbackcoach.skill.SkillServices;

import java.util.Optional;

import static com.amazon.ask.request.Predicates.intentName;

/** "Repeat": the current step again. */
public final class RepeatStepIntentHandler extends ConversationHandler {

    public RepeatStepIntentHandler(SkillServices services) {
        super(services);
    }

    @Override
    protected boolean canHandle(HandlerInput input, Conversation conversation) {
        return input.matches(intentName("AMAZON.RepeatIntent"));
    }

    @Override
    protected Optional<Response> handle(Conversation conversation) {
        Optional<RoutinePosition> current = RoutineFlow.currentStep(conversation);
        if (current.isEmpty()) {
            return RoutineFlow.notStarted(conversation);
        }
        return RoutineFlow.goTo(conversation, current.get());
    }
}
