package com.morningbackcoach.routine.handler;

import com.amazon.ask.model.Response;
import com.morningbackcoach.routine.RoutinePosition;
import com.morningbackcoach.skill.Conversation;
import com.morningbackcoach.skill.IntentHandler;
import com.morningbackcoach.skill.SkillServices;

import java.util.Optional;

/** "Start my routine" and "start over": step one. */
public final class StartRoutineIntentHandler extends IntentHandler {

    public StartRoutineIntentHandler(SkillServices services) {
        super(services, "StartRoutineIntent", "AMAZON.StartOverIntent");
    }

    @Override
    protected Optional<Response> handle(Conversation conversation) {
        return RoutineFlow.goTo(conversation, RoutinePosition.first());
    }
}
