package com.morningbackcoach.alerts.handler;

import com.morningbackcoach.alerts.ReminderTimes;
import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.IntentHandler;
import com.morningbackcoach.conversation.Reply;

/**
 * "Remind me every morning at seven": a daily reminder at that time, or the user's one moved there. Without an exact
 * time, a time is offered.
 */
public final class SetReminderIntentHandler extends IntentHandler {

    public SetReminderIntentHandler() {
        super("SetReminderIntent");
    }

    @Override
    protected Reply handle(Conversation conversation) {
        return conversation.slotValue("time").flatMap(ReminderTimes::exact)
                .map(time -> ReminderFlow.scheduleAt(conversation, time, ReminderFlow.Then.CARRY_ON))
                .orElseGet(() -> ReminderOffer.AT_TIME.ask(conversation));
    }
}
