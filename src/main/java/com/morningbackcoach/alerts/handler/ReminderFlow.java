package com.morningbackcoach.alerts.handler;

import com.amazon.ask.model.interfaces.connections.ConnectionsResponse;
import com.morningbackcoach.alerts.DailyReminder;
import com.morningbackcoach.alexa.AlexaApiException;
import com.morningbackcoach.alexa.AlexaPermissions;
import com.morningbackcoach.alexa.DailyReminderRequest;
import com.morningbackcoach.alexa.Reminders;
import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.PermissionRequest;
import com.morningbackcoach.conversation.Reply;

import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Setting, moving, stopping and checking the daily reminder; Alexa asks for the permission first when it is missing. */
public final class ReminderFlow {

    /** Where the conversation goes once the reminder is dealt with. */
    enum Then {
        /** Back to the activity or the menu, as after any detour. */
        CARRY_ON,
        /** Goodbye: the morning is done. */
        GOODBYE
    }

    private ReminderFlow() {
    }

    /** A reminder every day at {@code time}: a new one, or the user's one moved there. */
    static Reply scheduleAt(Conversation conversation, LocalTime time, Then then) {
        if (conversation.profile().readFailed()) {
            return unreachable(conversation, then);
        }
        if (!AlexaPermissions.granted(conversation.input(), AlexaPermissions.REMINDERS)) {
            return askPermission(new PendingAlert.DailyAt(time));
        }
        return schedule(conversation, time, then);
    }

    /** After the user granted the permission by voice: the reminder they asked for, without asking again. */
    static Reply afterPermission(Conversation conversation, LocalTime time) {
        return schedule(conversation, time, Then.GOODBYE);
    }

    static Reply cancel(Conversation conversation) {
        if (conversation.profile().readFailed()) {
            return unreachable(conversation, Then.CARRY_ON);
        }
        var speech = conversation.speech();
        Optional<DailyReminder> kept = conversation.profile().get().reminderIfAny();
        if (kept.isEmpty()) {
            return afterwards(conversation, speech.say("reminder.none"), Then.CARRY_ON);
        }
        try {
            reminders(conversation).delete(conversation.input(), kept.get().id());
        } catch (AlexaApiException e) {
            if (e.problem() != AlexaApiException.Problem.NOT_FOUND) {
                return afterwards(conversation, AlertSpeech.trouble(conversation, "reminder", e.problem()),
                        Then.CARRY_ON);
            }
        }
        conversation.profile().update(profile -> profile.withReminder(null));
        return afterwards(conversation, speech.say("reminder.cancelled"), Then.CARRY_ON);
    }

    static Reply status(Conversation conversation) {
        if (conversation.profile().readFailed()) {
            return unreachable(conversation, Then.CARRY_ON);
        }
        var speech = conversation.speech();
        Optional<DailyReminder> kept = conversation.profile().get().reminderIfAny();
        if (kept.isEmpty()) {
            return ReminderOffer.AT_TIME.ask(conversation).withLead(speech.say("reminder.none"));
        }
        String at = AlertSpeech.time(conversation, kept.get().time());
        try {
            if (!reminders(conversation).exists(conversation.input(), kept.get().id())) {
                conversation.profile().update(profile -> profile.withReminder(null));
                return ReminderOffer.AT_TIME.ask(conversation).withLead(speech.say("reminder.gone"));
            }
        } catch (AlexaApiException e) {
            return afterwards(conversation, speech.say("reminder.status", at), Then.CARRY_ON);
        }
        return afterwards(conversation, speech.say("reminder.status", at), Then.CARRY_ON);
    }

    /** The store could not be read, so whether the user has a reminder is unknown: nothing is set, moved or stopped. */
    static Reply unreachable(Conversation conversation, Then then) {
        return afterwards(conversation, conversation.speech().say("reminder.unreachable"), then);
    }

    static Reply askPermission(PendingAlert pending) {
        return Reply.askPermission(new PermissionRequest(pending.scope(), pending.token()));
    }

    /**
     * After a detour, back to the activity, or to the routine kept this morning; in a session the user opened, back
     * to the menu; after a one-shot request or Alexa's permission question, goodbye.
     */
    static Reply afterwards(Conversation conversation, String said, Then then) {
        Optional<Reply> back = conversation.backToActivity(said).or(() -> conversation.pickUp(said));
        if (back.isPresent()) {
            return back.get();
        }
        if (then == Then.GOODBYE || conversation.isOneShot() || conversation.request() instanceof ConnectionsResponse) {
            return Reply.tell(said + " " + conversation.speech().say("reminder.goodbye"));
        }
        return conversation.backToWhereWeWere(said);
    }

    private static Reply schedule(Conversation conversation, LocalTime time, Then then) {
        if (conversation.profile().readFailed()) {
            return unreachable(conversation, then);
        }
        var speech = conversation.speech();
        String at = AlertSpeech.time(conversation, time);
        Optional<DailyReminder> kept = conversation.profile().get().reminderIfAny();
        if (kept.isPresent() && kept.get().time().equals(time)) {
            return afterwards(conversation, speech.say("reminder.already", at), then);
        }
        DailyReminderRequest request = new DailyReminderRequest(time, conversation.profile().zone(),
                conversation.now().atOffset(ZoneOffset.UTC), speech.locale().toLanguageTag(),
                speech.say("reminder.text"));
        try {
            DailyReminder saved = kept.isPresent() ? moved(conversation, kept.get(), request)
                    : new DailyReminder(reminders(conversation).createDaily(conversation.input(), request), time);
            conversation.profile().update(profile -> profile.withReminder(saved));
            return afterwards(conversation, speech.say(kept.isPresent() ? "reminder.moved" : "reminder.set", at), then);
        } catch (AlexaApiException e) {
            if (e.problem() == AlexaApiException.Problem.NOT_PERMITTED) {
                return PermissionResponseHandler.cardInstead(conversation, AlexaPermissions.REMINDERS);
            }
            return afterwards(conversation, AlertSpeech.trouble(conversation, "reminder", e.problem()), then);
        }
    }

    /** The user's reminder at its new time; a new one when it was deleted in the Alexa app meanwhile. */
    private static DailyReminder moved(Conversation conversation, DailyReminder kept, DailyReminderRequest request) {
        try {
            reminders(conversation).updateDaily(conversation.input(), kept.id(), request);
            return kept.at(request.time());
        } catch (AlexaApiException e) {
            if (e.problem() != AlexaApiException.Problem.NOT_FOUND) {
                throw e;
            }
            return new DailyReminder(reminders(conversation).createDaily(conversation.input(), request),
                    request.time());
        }
    }

    private static Reminders reminders(Conversation conversation) {
        return conversation.services().reminders();
    }
}
