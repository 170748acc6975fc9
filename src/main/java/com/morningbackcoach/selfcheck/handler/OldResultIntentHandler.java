package com.morningbackcoach.selfcheck.handler;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.IntentHandler;
import com.morningbackcoach.conversation.Reply;
import com.morningbackcoach.conversation.Screens;

/** "How did my last check go?": answers are never kept, by design, and the user hears so plainly. */
public final class OldResultIntentHandler extends IntentHandler {

    public OldResultIntentHandler() {
        super("LastCheckIntent");
    }

    @Override
    protected Reply handle(Conversation conversation) {
        var speech = conversation.speech();
        return Screens.answer(conversation, conversation.backToWhereWeWere(speech.say("check.notKept")),
                speech.say("card.verdict.title"), speech.say("check.notKept"));
    }
}
