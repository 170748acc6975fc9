package com.morningbackcoach.routine.handler;

import com.amazon.ask.model.Response;
import com.morningbackcoach.routine.RoutinePosition;
import com.morningbackcoach.skill.Conversation;
import com.morningbackcoach.skill.IntentHandler;
import com.morningbackcoach.skill.SkillServices;

import java.util.Optional;

/** "Repeat": the current step again. */
public final class RepeatStepIntentHandler extends IntentHandler {

    public RepeatStepIntentHandler(SkillServices services) {
        super(services, "AMAZON.RepeatIntent");
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
