package com.morningbackcoach.selfcheck.handler;

import com.morningbackcoach.conversation.Button;
import com.morningbackcoach.conversation.Intents;
import com.morningbackcoach.conversation.Screen;
import com.morningbackcoach.selfcheck.CheckQuestion;
import com.morningbackcoach.speech.Speech;

import java.util.List;

/** The screen of a self-check question: yes, no and not sure as buttons that answer it as saying them does. */
record CheckScreen(String header, String question, List<Button> buttons, String hint) implements Screen {

    static final String DOCUMENT = "check-question";
    static final String DATA = "questionData";

    CheckScreen {
        buttons = List.copyOf(buttons);
    }

    static CheckScreen of(Speech speech, CheckQuestion question) {
        return new CheckScreen(
                speech.say("check.header", question.number(), CheckQuestion.COUNT),
                speech.say("check.q." + question.number()),
                List.of(new Button(speech.say("screen.yes"), Intents.YES, true),
                        new Button(speech.say("screen.no"), Intents.NO, true),
                        new Button(speech.say("screen.notSure"), Intents.NOT_SURE, true)),
                speech.say("screen.hint"));
    }

    @Override
    public String document() {
        return DOCUMENT;
    }

    @Override
    public String dataName() {
        return DATA;
    }
}
