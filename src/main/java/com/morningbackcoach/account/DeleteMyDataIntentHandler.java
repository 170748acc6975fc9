package com.morningbackcoach.account;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.IntentHandler;
import com.morningbackcoach.conversation.Reply;

/** "Delete my data": asks for a yes first. */
public final class DeleteMyDataIntentHandler extends IntentHandler {

    public DeleteMyDataIntentHandler() {
        super("DeleteMyDataIntent");
    }

    @Override
    protected Reply handle(Conversation conversation) {
        return AccountQuestion.DELETE.ask(conversation);
    }
}
