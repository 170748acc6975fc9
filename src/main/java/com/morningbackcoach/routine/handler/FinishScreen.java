package com.morningbackcoach.routine.handler;

import com.morningbackcoach.conversation.Screen;
import com.morningbackcoach.speech.Speech;
import com.morningbackcoach.streak.Streak;

/** The screen of a finished routine: the mornings in a row, large, the best, total and level, and what is said of them and of the week. */
record FinishScreen(String title, String current, String currentLabel, String totals, String message)
        implements Screen {

    static final String DOCUMENT = "finish";
    static final String DATA = "finishData";

    static FinishScreen of(Speech speech, Streak streak, String said, String week, int level) {
        return new FinishScreen(
                speech.say("card.finished.title"),
                Integer.toString(streak.current()),
                speech.say("screen.finish.inARow", streak.current()),
                speech.say("screen.finish.totals", streak.best(), streak.total()) + " · "
                        + speech.say("screen.level", level),
                said + " " + week);
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
