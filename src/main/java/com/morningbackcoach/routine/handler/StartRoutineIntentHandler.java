package com.morningbackcoach.routine.handler;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.morningbackcoach.routine.RoutinePosition;
import com.morningbackcoach.skill.Conversation;
import com.morningbackcoach.skill.ConversationHandler;
import com.morningbackcoach.skill.SkillServices;

import java.util.Optional;

import static com.amazon.ask.request.Predicates.intentName;

/** "Start my routine" and "start over": step one. */
public final class StartRoutineIntentHandler extends ConversationHandler {

    public StartRoutineIntentHandler(SkillServices services) {
        super(services);
    }

    @Override
    protected boolean canHandle(HandlerInput input, Conversation conversation) {
        return input.matches(intentName("StartRoutineIntent").or(intentName("AMAZON.StartOverIntent")));
    }

    @Override
    protected Optional<Response> handle(Conversation conversation) {
        return RoutineFlow.goTo(conversation, RoutinePosition.first());
    }
}
