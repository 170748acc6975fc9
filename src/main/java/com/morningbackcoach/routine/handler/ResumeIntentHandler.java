package com.morningbackcoach.routine.handler;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.IntentHandler;
import com.morningbackcoach.conversation.Reply;

/**
 * "Resume", "pick up where I left off", also in a new session: the part where the user stopped, from its start.
 * In another activity, such as the self-check, its question again.
 */
public final class ResumeIntentHandler extends IntentHandler {

    public static final String INTENT = "AMAZON.ResumeIntent";

    public ResumeIntentHandler() {
        super(INTENT);
    }

    @Override
    protected Reply handle(Conversation conversation) {
        if (conversation.currentActivity().isPresent() && !conversation.isIn(RoutineSession.ROUTINE)) {
            return conversation.backToWhereWeWere("");
        }
        return RoutineFlow.continueOrStart(conversation);
    }
}
