package com.morningbackcoach.faq.handler;

import com.amazon.ask.model.Response;
import com.morningbackcoach.faq.FaqTopic;
import com.morningbackcoach.skill.Conversation;
import com.morningbackcoach.skill.Replies;

import java.util.Optional;

/** The answer to "want the rest?" after the first part of a long answer. */
public final class FaqFollowUp {

    private FaqFollowUp() {
    }

    public static Optional<Response> yes(Conversation conversation) {
        String rest = conversation.textAttribute(FaqSpeech.MORE_TOPIC)
                .flatMap(id -> FaqSpeech.faq(conversation).topic(id))
                .flatMap(FaqTopic::more)
                .orElse("");
        String next = FaqSpeech.afterAnswer(conversation);
        return Replies.ask(conversation, (rest + " " + next).trim(), next);
    }

    public static Optional<Response> no(Conversation conversation) {
        String next = FaqSpeech.afterAnswer(conversation);
        return Replies.ask(conversation, conversation.speech().say("faq.moreDeclined") + " " + next, next);
    }
}
