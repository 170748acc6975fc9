package com.morningbackcoach.alerts.handler;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.IntentHandler;
import com.morningbackcoach.conversation.Reply;

/** "Stop my reminders": the daily reminder deleted, and forgotten. */
public final class CancelReminderIntentHandler extends IntentHandler {

    public CancelReminderIntentHandler() {
        super("CancelReminderIntent");
    }

    @Override
    protected Reply handle(Conversation conversation) {
        return ReminderFlow.cancel(conversation);
    }
}
