package com.morningbackcoach.account;

import com.morningbackcoach.alerts.DailyReminder;
import com.morningbackcoach.alexa.AlexaApiException;
import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.Question;
import com.morningbackcoach.conversation.Reply;

import java.util.Optional;

/** The account's questions: confirming that everything stored about the user should go. */
public enum AccountQuestion implements Question {
    DELETE;

    @Override
    public String id() {
        return "account.delete";
    }

    @Override
    public Reply ask(Conversation conversation) {
        return Reply.ask(this, conversation.speech(), "delete.confirm");
    }

    @Override
    public Reply prompt(Conversation conversation) {
        return Reply.ask(this, conversation.speech().say("delete.confirm.reprompt"));
    }

    @Override
    public Reply yes(Conversation conversation) {
        var speech = conversation.speech();
        Optional<DailyReminder> reminder = conversation.profile().get().reminderIfAny();
        if (conversation.profile().delete()) {
            conversation.leaveActivity();
            String done = speech.say("delete.done");
            return Reply.tell(reminder.map(kept -> done + " " + stopReminder(conversation, kept)).orElse(done));
        }
        return conversation.backToWhereWeWere(speech.say("store.notDeleted"));
    }

    /** The reminder goes with the data; if Alexa cannot be reached, the user hears where to delete it. */
    private static String stopReminder(Conversation conversation, DailyReminder reminder) {
        try {
            conversation.services().reminders().delete(conversation.input(), reminder.id());
        } catch (AlexaApiException e) {
            if (e.problem() != AlexaApiException.Problem.NOT_FOUND) {
                return conversation.speech().say("delete.reminderLeft");
            }
        }
        return conversation.speech().say("delete.reminderStopped");
    }

    @Override
    public Reply no(Conversation conversation) {
        return conversation.backToWhereWeWere(conversation.speech().say("delete.kept"));
    }

    @Override
    public Reply help(Conversation conversation) {
        var speech = conversation.speech();
        return prompt(conversation).withLead(speech.say("delete.help") + " " + speech.say("question.wayOut"));
    }
}
