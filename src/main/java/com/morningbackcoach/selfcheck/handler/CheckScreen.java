package com.morningbackcoach.selfcheck.handler;

import com.morningbackcoach.conversation.Intents;
import com.morningbackcoach.conversation.Screen;
import com.morningbackcoach.conversation.Screens;
import com.morningbackcoach.selfcheck.CheckQuestion;
import com.morningbackcoach.speech.Speech;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The screen of a self-check question: yes, no and not sure as buttons that answer it as saying them does. */
final class CheckScreen {

    static final String DOCUMENT = "check-question";

    private CheckScreen() {
    }

    static Screen of(Speech speech, CheckQuestion question) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("header", speech.say("check.header", question.number(), CheckQuestion.COUNT));
        payload.put("question", speech.say("check.q." + question.number()));
        payload.put("buttons", List.of(
                Screens.button(speech.say("screen.yes"), Intents.YES, true),
                Screens.button(speech.say("screen.no"), Intents.NO, true),
                Screens.button(speech.say("screen.notSure"), Intents.NOT_SURE, true)));
        payload.put("hint", speech.say("screen.hint"));
        return new Screen(DOCUMENT, payload);
    }
}
