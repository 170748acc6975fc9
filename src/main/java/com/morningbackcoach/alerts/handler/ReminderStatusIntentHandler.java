package com.morningbackcoach.alerts.handler;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.IntentHandler;
import com.morningbackcoach.conversation.Reply;

/** "Do I have a reminder?": its time, checked against Alexa, or the offer of one. */
public final class ReminderStatusIntentHandler extends IntentHandler {

    public ReminderStatusIntentHandler() {
        super("ReminderStatusIntent");
    }

    @Override
    protected Reply handle(Conversation conversation) {
        return ReminderFlow.status(conversation);
    }
}
