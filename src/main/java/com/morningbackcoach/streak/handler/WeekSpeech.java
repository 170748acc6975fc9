package com.morningbackcoach.streak.handler;

import com.morningbackcoach.speech.Speech;
import com.morningbackcoach.streak.MorningLog;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

/** Says the weekly goal: this week so far, and once, on the first launch of a new week, how last week went. */
public final class WeekSpeech {

    private WeekSpeech() {
    }

    /** The first day of the week where the user lives, as the locale's calendar has it. */
    public static DayOfWeek firstDay(Speech speech) {
        return MorningLog.firstDayIn(speech.locale());
    }

    /** "2 of 5 so far this week.", and that the goal is met once it is. */
    public static String soFar(Speech speech, MorningLog log, LocalDate today) {
        int done = log.doneInWeekOf(today, firstDay(speech));
        String said = speech.say("week.progress", done, log.weeklyGoal());
        return done >= log.weeklyGoal() ? said + " " + speech.say("week.goalMet") : said;
    }

    /**
     * How last week went, when this week's first launch has not heard it yet and the user did anything before this
     * week; empty otherwise.
     */
    public static Optional<String> lastWeekIfNew(Speech speech, MorningLog log, LocalDate today) {
        if (!log.weekUntoldOn(today, firstDay(speech)) || log.mornings().isEmpty()
                || !log.mornings().get(0).isBefore(MorningLog.weekOf(today, firstDay(speech)))) {
            return Optional.empty();
        }
        int done = log.lastWeek(today, firstDay(speech));
        if (done == 0) {
            return Optional.of(speech.say("week.lastWeek.none"));
        }
        return Optional.of(done >= log.weeklyGoal() ? speech.say("week.lastWeek.met", done, log.weeklyGoal())
                : speech.say("week.lastWeek.short", done, log.weeklyGoal()));
    }
}
