package com.morningbackcoach.selfcheck.handler;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.IntentHandler;
import com.morningbackcoach.conversation.Reply;

/** "How did my last check go?": answers are never kept, by design, and the user hears so plainly. */
public final class OldResultIntentHandler extends IntentHandler {

    public OldResultIntentHandler() {
        super("LastCheckIntent");
    }

    @Override
    protected Reply handle(Conversation conversation) {
        return conversation.backToWhereWeWere(conversation.speech().say("check.notKept"));
    }
}
