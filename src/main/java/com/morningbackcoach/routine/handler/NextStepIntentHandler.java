package com.morningbackcoach.routine.handler;

import com.amazon.ask.model.Response;
import com.morningbackcoach.routine.RoutinePosition;
import com.morningbackcoach.skill.Conversation;
import com.morningbackcoach.skill.IntentHandler;
import com.morningbackcoach.skill.SkillServices;

import java.util.Optional;

/** "Next", "done", "I'm ready": the following step, or the end of the routine after step five. */
public final class NextStepIntentHandler extends IntentHandler {

    public NextStepIntentHandler(SkillServices services) {
        super(services, "AMAZON.NextIntent");
    }

    @Override
    protected Optional<Response> handle(Conversation conversation) {
        Optional<RoutinePosition> current = RoutineFlow.currentStep(conversation);
        if (current.isEmpty()) {
            return RoutineFlow.goTo(conversation, RoutinePosition.first());
        }
        if (current.get().isLast()) {
            return RoutineFlow.finish(conversation);
        }
        return RoutineFlow.goTo(conversation, current.get().next());
    }
}
