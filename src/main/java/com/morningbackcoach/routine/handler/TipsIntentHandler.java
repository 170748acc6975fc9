package com.morningbackcoach.routine.handler;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.IntentHandler;
import com.morningbackcoach.conversation.Reply;

/** "No tips" and "turn tips on": whether a short tip follows the routine, remembered. */
public final class TipsIntentHandler extends IntentHandler {

    static final String OFF = "TipsOffIntent";
    static final String ON = "TipsOnIntent";

    public TipsIntentHandler() {
        super(OFF, ON);
    }

    @Override
    protected Reply handle(Conversation conversation) {
        boolean on = conversation.isIntent(ON);
        var speech = conversation.speech();
        if (conversation.profile().readFailed()) {
            return conversation.backToWhereWeWere(speech.say("progress.unreachable"));
        }
        conversation.profile().update(p -> p.withSettings(p.settings().withTips(on)));
        return conversation.backToWhereWeWere(speech.say(on ? "tips.on" : "tips.off"));
    }
}
