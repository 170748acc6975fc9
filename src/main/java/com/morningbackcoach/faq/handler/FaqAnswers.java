package com.morningbackcoach.faq.handler;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.Reply;
import com.morningbackcoach.conversation.Screens;
import com.morningbackcoach.faq.Faq;
import com.morningbackcoach.faq.FaqTopic;
import com.morningbackcoach.speech.Ssml;

import java.util.List;
import java.util.Locale;

/** Saying answers: the locale's answers, the rotating topic lists, and where the conversation goes after an answer. */
final class FaqAnswers {

    private FaqAnswers() {
    }

    static Faq faq(Conversation conversation) {
        String tag = conversation.request().getLocale();
        return Faq.forLocale(tag == null ? Locale.US : Locale.forLanguageTag(tag));
    }

    /** The next short list of topics, different from the last one this session. */
    static String nextTopics(Conversation conversation) {
        int round = conversation.get(FaqSession.ROUND).orElse(0);
        conversation.set(FaqSession.ROUND, (round + 1) % 1000);
        List<FaqTopic> list = faq(conversation).suggestions(round);
        return conversation.speech().say("faq.list", list.get(0).title(), list.get(1).title(), list.get(2).title());
    }

    /** After an answer: back to the routine step or check question, or else "anything else?". */
    static Reply answered(Conversation conversation, String answer) {
        return conversation.backToActivity(answer).orElseGet(() -> FaqOffer.ANOTHER.ask(conversation).withLead(answer));
    }

    /** {@code reply}, with the topic's answer on screen under its title. */
    static Reply shown(Conversation conversation, Reply reply, FaqTopic topic, String text) {
        String title = topic.title().substring(0, 1).toUpperCase(conversation.speech().locale()) + topic.title().substring(1);
        return Screens.answer(conversation, reply, title, Ssml.plain(text));
    }
}
