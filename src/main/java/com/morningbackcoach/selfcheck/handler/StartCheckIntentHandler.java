package com.morningbackcoach.selfcheck.handler;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.IntentHandler;
import com.morningbackcoach.conversation.Reply;

/** "Check my back": starts the self-check; in the middle of one, asks the pending question again. */
public final class StartCheckIntentHandler extends IntentHandler {

    public StartCheckIntentHandler() {
        super("CheckMyBackIntent");
    }

    @Override
    protected Reply handle(Conversation conversation) {
        if (conversation.isIn(CheckSession.CHECK)) {
            return CheckPrompt.ANSWER.resume(conversation);
        }
        return CheckFlow.start(conversation, "");
    }
}
