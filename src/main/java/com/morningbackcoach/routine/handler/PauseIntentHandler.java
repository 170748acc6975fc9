package com.morningbackcoach.routine.handler;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.IntentHandler;
import com.morningbackcoach.conversation.Reply;

/**
 * "Wait", "hold on", "give me a minute": in the routine the place is kept and the user hears how to come back, now
 * or after the session closes; anywhere else, the question that was open stays open.
 */
public final class PauseIntentHandler extends IntentHandler {

    public static final String INTENT = "AMAZON.PauseIntent";

    public PauseIntentHandler() {
        super(INTENT);
    }

    @Override
    protected Reply handle(Conversation conversation) {
        if (conversation.isIn(RoutineSession.ROUTINE)) {
            return RoutinePause.PAUSED.ask(conversation);
        }
        String lead = conversation.speech().say("pause.elsewhere");
        return conversation.openQuestion().map(question -> question.prompt(conversation).withLead(lead))
                .orElseGet(() -> conversation.backToWhereWeWere(lead));
    }
}
