package com.morningbackcoach.faq.handler;

import com.morningbackcoach.conversation.SessionKey;

import java.util.regex.Pattern;

/** What the questions feature keeps in the session: the topic whose rest was offered, and the topic-list round. */
final class FaqSession {

    static final SessionKey<String> MORE_TOPIC = SessionKey.text("faqMore", Pattern.compile("[A-Z_]{1,40}"));
    static final SessionKey<Integer> ROUND = SessionKey.number("faqRound", 0, 1000);

    private FaqSession() {
    }
}
