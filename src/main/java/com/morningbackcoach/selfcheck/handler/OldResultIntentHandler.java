package com.morningbackcoach.selfcheck.handler;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.IntentHandler;
import com.morningbackcoach.conversation.Reply;
import com.morningbackcoach.conversation.Screens;
import com.morningbackcoach.selfcheck.CheckAnswers;
import com.morningbackcoach.speech.Ssml;

import java.util.Optional;

/**
 * "How did my last check go?": the result again when a check was finished in this session; answers are never kept
 * beyond it, by design, and the user hears so plainly.
 */
public final class OldResultIntentHandler extends IntentHandler {

    public OldResultIntentHandler() {
        super("LastCheckIntent");
    }

    @Override
    protected Reply handle(Conversation conversation) {
        var speech = conversation.speech();
        Optional<CheckAnswers> finished = conversation.get(CheckSession.FINISHED);
        if (finished.isPresent()) {
            String verdict = CheckFlow.verdict(speech, finished.get());
            return Screens.answer(conversation,
                    conversation.backToWhereWeWere(speech.say("check.again") + " " + verdict),
                    speech.say("card.verdict.title"), Ssml.plain(verdict));
        }
        return Screens.answer(conversation, conversation.backToWhereWeWere(speech.say("check.notKept")),
                speech.say("card.verdict.title"), speech.say("check.notKept"));
    }
}
