package com.morningbackcoach.routine.handler;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.IntentHandler;
import com.morningbackcoach.conversation.Reply;

/**
 * "Skip this step", "I already drank water": on to the next step. A routine finished with skipped steps still
 * counts for the streak.
 */
public final class SkipStepIntentHandler extends IntentHandler {

    public SkipStepIntentHandler() {
        super("SkipStepIntent");
    }

    @Override
    protected Reply handle(Conversation conversation) {
        return RoutineFlow.current(conversation)
                .map(place -> RoutineFlow.skip(conversation, place))
                .orElseGet(() -> conversation.backToWhereWeWere(conversation.speech().say("routine.notStarted")));
    }
}
