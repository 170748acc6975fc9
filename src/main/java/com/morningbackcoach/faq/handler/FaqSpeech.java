package com.morningbackcoach.faq.handler;

import com.morningbackcoach.faq.Faq;
import com.morningbackcoach.faq.FaqTopic;
import com.morningbackcoach.skill.Conversation;

import java.util.List;
import java.util.Locale;

/** Shared wording for the question handlers: the topic lists and what to say after an answer. */
final class FaqSpeech {

    static final String MORE_TOPIC = "faqMore";
    static final String ROUND = "faqRound";

    private FaqSpeech() {
    }

    static Faq faq(Conversation conversation) {
        return Faq.forLocale(Locale.forLanguageTag(conversation.input().getRequestEnvelope().getRequest().getLocale()));
    }

    /** The next short list of topics, different from the last one this session. */
    static String nextSuggestions(Conversation conversation, String key) {
        int round = conversation.numberAttribute(ROUND, 0);
        conversation.setAttribute(ROUND, round + 1);
        List<FaqTopic> list = faq(conversation).suggestions(round);
        return conversation.speech().say(key, list.get(0).title(), list.get(1).title(), list.get(2).title());
    }

    /** What follows an answer in a session: back to the routine step, or an open question. */
    static String afterAnswer(Conversation conversation) {
        return conversation.sessionStep()
                .map(step -> conversation.speech().say("faq.backToRoutine", step.step()))
                .orElseGet(() -> conversation.speech().say("faq.whatElse"));
    }
}
