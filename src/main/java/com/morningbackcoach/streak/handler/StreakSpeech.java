package com.morningbackcoach.streak.handler;

import com.morningbackcoach.speech.Speech;
import com.morningbackcoach.streak.Streak;

import java.time.LocalDate;

/** Says a streak out loud. */
public final class StreakSpeech {

    private StreakSpeech() {
    }

    /** What the user hears right after finishing the routine. */
    public static String afterCompletion(Speech speech, Streak streak) {
        String run;
        if (streak.total() == 1) {
            run = speech.say("streak.first");
        } else if (streak.current() == 1) {
            run = speech.say("streak.restarted", streak.best());
        } else {
            run = speech.say("streak.days", streak.current());
        }
        String milestone = streak.milestone().map(days -> " " + speech.say("streak.milestone." + days)).orElse("");
        return run + milestone;
    }

    /** The current run as of {@code today}, for greetings and "what's my streak". */
    public static String current(Speech speech, Streak streak, LocalDate today) {
        int current = streak.currentOn(today);
        if (streak.total() == 0) {
            return speech.say("streak.none");
        }
        if (current == 0) {
            return speech.say("streak.broken", streak.best());
        }
        return current == 1 ? speech.say("streak.current.one") : speech.say("streak.current", current);
    }
}
