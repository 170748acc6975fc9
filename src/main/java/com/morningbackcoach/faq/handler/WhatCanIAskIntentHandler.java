package com.morningbackcoach.faq.handler;

import com.amazon.ask.model.Response;
import com.morningbackcoach.skill.Conversation;
import com.morningbackcoach.skill.IntentHandler;
import com.morningbackcoach.skill.Replies;
import com.morningbackcoach.skill.SkillServices;

import java.util.Optional;

/** "What can I ask?": a few topics, a different few each time it is asked in a session. */
public final class WhatCanIAskIntentHandler extends IntentHandler {

    public WhatCanIAskIntentHandler(SkillServices services) {
        super(services, "WhatCanIAskIntent");
    }

    @Override
    protected Optional<Response> handle(Conversation conversation) {
        return Replies.ask(conversation, FaqSpeech.nextSuggestions(conversation, "faq.list"),
                conversation.speech().say("faq.reprompt"));
    }
}
