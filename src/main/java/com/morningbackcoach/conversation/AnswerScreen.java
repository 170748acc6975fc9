package com.morningbackcoach.conversation;

import java.util.List;

/** The screen of plain text: a title, what is said, and the buttons of the question it asks, if any. */
public record AnswerScreen(String title, String text, List<Button> buttons) implements Screen {

    public static final String DOCUMENT = "answer";
    public static final String DATA = "answerData";

    public AnswerScreen {
        buttons = List.copyOf(buttons);
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
