package com.morningbackcoach.faq.handler;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.IntentHandler;
import com.morningbackcoach.conversation.Reply;

/** "What can I ask?": a few topics, a different few each time it is asked in a session. */
public final class WhatCanIAskIntentHandler extends IntentHandler {

    public WhatCanIAskIntentHandler() {
        super("WhatCanIAskIntent");
    }

    @Override
    protected Reply handle(Conversation conversation) {
        if (conversation.currentActivity().isPresent()) {
            return conversation.backToActivity(FaqAnswers.nextTopics(conversation)).orElseThrow();
        }
        return FaqOffer.TOPICS.ask(conversation);
    }
}
