package com.morningbackcoach.alerts.handler;

import com.morningbackcoach.alerts.DailyReminder;
import com.morningbackcoach.alerts.ReminderTimes;
import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.IntentHandler;
import com.morningbackcoach.conversation.Reply;

import java.time.LocalTime;
import java.util.Optional;

/** "Change my reminder to six thirty": the reminder moved; without a time, where it is now and how to move it. */
public final class ChangeReminderIntentHandler extends IntentHandler {

    public ChangeReminderIntentHandler() {
        super("ChangeReminderIntent");
    }

    @Override
    protected Reply handle(Conversation conversation) {
        if (conversation.profile().readFailed()) {
            return ReminderFlow.unreachable(conversation, ReminderFlow.Then.CARRY_ON);
        }
        Optional<LocalTime> asked = conversation.slotValue("time").flatMap(ReminderTimes::exact);
        if (asked.isPresent()) {
            return ReminderFlow.scheduleAt(conversation, asked.get(), ReminderFlow.Then.CARRY_ON);
        }
        var speech = conversation.speech();
        Optional<DailyReminder> kept = conversation.profile().get().reminderIfAny();
        if (kept.isEmpty()) {
            return ReminderOffer.AT_TIME.ask(conversation).withLead(speech.say("reminder.none"));
        }
        return ReminderFlow.afterwards(conversation,
                speech.say("reminder.howToMove", AlertSpeech.time(conversation, kept.get().time())),
                ReminderFlow.Then.CARRY_ON);
    }
}
