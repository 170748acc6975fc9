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
                .map(place -> RoutinePrompt.NEXT.resume(conversation)
                        .withLead(speech.say("routine.whereAmI", place.position().step(), Routine.STEP_COUNT)))
                .orElseGet(() -> conversation.backToWhereWeWere(speech.say("routine.notStarted")));
    }
}
