package com.morningbackcoach.selfcheck.handler;

import com.morningbackcoach.conversation.Activity;
import com.morningbackcoach.conversation.SessionKey;
import com.morningbackcoach.selfcheck.CheckAnswers;

/**
 * The self-check's state, kept in the session only: the answers so far, and the finished check's answers so its
 * verdict can be said again. Health answers never reach the store.
 */
public final class CheckSession {

    public static final Activity<CheckAnswers> CHECK = new Activity<>(
            SessionKey.of("check", CheckAnswers::codes, raw -> CheckAnswers.fromCodes(unfinished((String) raw))),
            CheckPrompt.ANSWER);
    static final SessionKey<CheckAnswers> FINISHED = SessionKey.of("checkFinished", CheckAnswers::codes,
            raw -> complete(CheckAnswers.fromCodes((String) raw)));
    static final SessionKey<Boolean> UNSURE_TOLD = SessionKey.flag("checkUnsureTold");

    private CheckSession() {
    }

    private static String unfinished(String codes) {
        if (codes.length() >= com.morningbackcoach.selfcheck.CheckQuestion.COUNT) {
            throw new IllegalArgumentException("A check in progress has a question left");
        }
        return codes;
    }

    private static CheckAnswers complete(CheckAnswers answers) {
        if (!answers.isComplete()) {
            throw new IllegalArgumentException("Not a finished check");
        }
        return answers;
    }
}
