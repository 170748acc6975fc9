package com.morningbackcoach.alerts.handler;

import com.morningbackcoach.alerts.TimerLengths;
import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.IntentHandler;
import com.morningbackcoach.conversation.Reply;

import java.time.Duration;
import java.util.Optional;

/** "Time my core for five minutes": a timer that announces its end; without a length, the usual one is offered. */
public final class TimerIntentHandler extends IntentHandler {

    public static final String INTENT = "TimerIntent";

    public TimerIntentHandler() {
        super(INTENT);
    }

    @Override
    protected Reply handle(Conversation conversation) {
        Optional<Duration> asked = conversation.slotValue("duration").flatMap(TimerLengths::parse);
        if (asked.isEmpty()) {
            return TimerOffer.USUAL_LENGTH.ask(conversation);
        }
        if (!TimerLengths.allowed(asked.get())) {
            return TimerOffer.USUAL_LENGTH.ask(conversation).withLead(conversation.speech().say("timer.outOfRange"));
        }
        return TimerFlow.start(conversation, asked.get());
    }
}
