package com.morningbackcoach.alerts.handler;

import com.morningbackcoach.alerts.TimerLengths;
import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.Question;
import com.morningbackcoach.conversation.Reply;

/** "Time me" with no length said: the offer of a timer as long as the routine's core work. */
public enum TimerOffer implements Question {
    USUAL_LENGTH;

    @Override
    public String id() {
        return "timer.offer";
    }

    @Override
    public Reply ask(Conversation conversation) {
        var speech = conversation.speech();
        String length = AlertSpeech.length(conversation, TimerLengths.OFFERED);
        return Reply.ask(this, speech.say("timer.offer", length), speech.say("timer.offer.reprompt", length));
    }

    @Override
    public Reply prompt(Conversation conversation) {
        String reprompt = conversation.speech().say("timer.offer.reprompt",
                AlertSpeech.length(conversation, TimerLengths.OFFERED));
        return Reply.ask(this, reprompt);
    }

    @Override
    public boolean nextAsksAgain() {
        return true;
    }

    /** "Next", "ready": on without a timer. */
    @Override
    public Reply goOn(Conversation conversation) {
        return no(conversation);
    }

    @Override
    public Reply yes(Conversation conversation) {
        return TimerFlow.start(conversation, TimerLengths.OFFERED);
    }

    @Override
    public Reply no(Conversation conversation) {
        return ReminderFlow.afterwards(conversation, conversation.speech().say("timer.offer.declined"),
                ReminderFlow.Then.CARRY_ON);
    }
}
