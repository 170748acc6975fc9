package com.morningbackcoach.routine.handler;

import com.amazon.ask.model.Response;
import com.morningbackcoach.routine.RoutinePosition;
import com.morningbackcoach.skill.Conversation;
import com.morningbackcoach.skill.IntentHandler;
import com.morningbackcoach.skill.SkillServices;

import java.util.Optional;

/** "Go back": the step before this one. */
public final class PreviousStepIntentHandler extends IntentHandler {

    public PreviousStepIntentHandler(SkillServices services) {
        super(services, "AMAZON.PreviousIntent");
    }

    @Override
    protected Optional<Response> handle(Conversation conversation) {
        Optional<RoutinePosition> current = RoutineFlow.currentStep(conversation);
        if (current.isEmpty()) {
            return RoutineFlow.notStarted(conversation);
        }
        String preface = current.get().isFirst() ? conversation.speech().say("routine.firstStepAlready") + " " : "";
        return RoutineFlow.goTo(conversation, current.get().previous(), preface);
    }
}
