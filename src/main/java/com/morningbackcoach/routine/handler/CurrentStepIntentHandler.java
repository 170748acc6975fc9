package com.morningbackcoach.routine.handler;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.IntentHandler;
import com.morningbackcoach.conversation.Reply;
import com.morningbackcoach.routine.Routine;

/** "What step am I on?" */
public final class CurrentStepIntentHandler extends IntentHandler {

    public CurrentStepIntentHandler() {
        super("CurrentStepIntent");
    }

    @Override
    protected Reply handle(Conversation conversation) {
        var speech = conversation.speech();
        return RoutineFlow.current(conversation)
                .map(place -> {
                    Routine routine = RoutineFlow.routine(conversation, place.routineId());
                    int step = place.position().step();
                    return RoutinePrompt.NEXT.resume(conversation).withLead(speech.say("routine.whereAmI", step,
                            routine.stepCount(), routine.step(step).name()));
                })
                .orElseGet(() -> conversation.backToWhereWeWere(speech.say("routine.notStarted")));
    }
}
