package com.morningbackcoach.local;

import com.morningbackcoach.routine.CoachPlan;
import com.morningbackcoach.routine.Coaching;
import com.morningbackcoach.routine.DayMode;
import com.morningbackcoach.routine.Length;
import com.morningbackcoach.routine.Pace;
import com.morningbackcoach.routine.Part;
import com.morningbackcoach.routine.Plan;
import com.morningbackcoach.routine.Progress;
import com.morningbackcoach.routine.Routine;
import com.morningbackcoach.routine.RoutineLibrary;
import com.morningbackcoach.routine.RoutinePosition;
import com.morningbackcoach.routine.RoutineSettings;
import com.morningbackcoach.routine.handler.StepSsml;
import com.morningbackcoach.speech.ContentBundles;
import com.morningbackcoach.speech.Speech;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints, for every part of the morning routine at every pace and length, the guided seconds (holds, counts, rests)
 * and how long its response takes to play, so content changes can be checked against Alexa's 90-second responses;
 * and the words said before each part's first count on morning 1 against morning 10, when the coach talks less.
 */
final class RoutineReport {

    /** Sample user and first morning for the talk-less comparison; the words do not depend on either. */
    private static final String USER = "report";
    private static final LocalDate FIRST_MORNING = LocalDate.of(2026, 1, 5);

    private RoutineReport() {
    }

    /**
     * Words before the first count in every part, on morning 1 and on morning 10 of a user who came every morning and
     * kept to level one, with the whole routine's sums and their ratio.
     */
    static void printTalk(String localeTag, boolean gentle, PrintStream out) {
        Locale locale = ContentBundles.localeOf(localeTag);
        Speech speech = Speech.forLocale(localeTag);
        Routine routine = RoutineLibrary.morning(locale);
        RoutineSettings settings = new RoutineSettings(Pace.STEADY, Length.FULL, gentle, true, true);
        Coaching first = morning(1, settings).coaching(USER);
        Coaching tenth = morning(10, settings).coaching(USER);
        out.printf("Words before the first count, %s, %s version: "
                        + "morning 1 (%s, level %d) / morning 10 (%s, level %d)%n",
                locale.toLanguageTag(), gentle ? "gentle" : "standard", first.depth(), first.level(), tenth.depth(),
                tenth.level());
        int[] sums = new int[2];
        for (int step = 1; step <= routine.stepCount(); step++) {
            for (int index = 1; index <= routine.step(step).parts().size(); index++) {
                RoutinePosition position = new RoutinePosition(step, index);
                Part part = routine.part(position);
                out.printf("%-62s", step + "." + index + " " + routine.step(step).name() + ": " + part.name());
                int column = 0;
                for (Coaching coaching : List.of(first, tenth)) {
                    if (part.includedIn(settings, coaching.level())) {
                        int words = StepSsml.lead(speech, routine, position, settings, true, coaching)
                                .wordsBeforeCount();
                        sums[column] += words;
                        out.printf(" %5d", words);
                    } else {
                        out.printf(" %5s", "-");
                    }
                    column++;
                }
                out.println();
            }
        }
        out.printf("%-62s %5d %5d   morning 10 is %.0f%% of morning 1%n", "whole routine", sums[0], sums[1],
                sums[0] == 0 ? 0 : sums[1] * 100.0 / sums[0]);
    }

    /** The plan on the {@code number}-th of consecutive mornings, with no step up taken. */
    private static CoachPlan morning(int number, RoutineSettings settings) {
        List<LocalDate> done = new ArrayList<>();
        for (int day = 1; day < number; day++) {
            done.add(FIRST_MORNING.plusDays(day - 1L));
        }
        return CoachPlan.today(Progress.NEW, done, settings, DayMode.NORMAL, FIRST_MORNING.plusDays(number - 1L));
    }

    static void print(String localeTag, boolean gentle, PrintStream out) {
        Locale locale = ContentBundles.localeOf(localeTag);
        Speech speech = Speech.forLocale(localeTag);
        Routine routine = RoutineLibrary.morning(locale);
        out.printf("Routine %s, %s, %s version: guided seconds / seconds to play each response%n", routine.id(),
                locale.toLanguageTag(), gentle ? "gentle" : "standard");
        out.printf("%-42s", "step . part");
        for (Length length : Length.values()) {
            for (Pace pace : Pace.values()) {
                out.printf(" %13s", pace.name().toLowerCase(Locale.ROOT) + "/" + length.name().toLowerCase(Locale.ROOT));
            }
        }
        out.println();
        int[] guided = new int[Length.values().length * Pace.values().length];
        double[] played = new double[guided.length];
        for (int step = 1; step <= routine.stepCount(); step++) {
            for (int index = 1; index <= routine.step(step).parts().size(); index++) {
                RoutinePosition position = new RoutinePosition(step, index);
                Part part = routine.part(position);
                out.printf("%-42s", step + "." + index + " " + routine.step(step).name() + ": " + part.name());
                int column = 0;
                for (Length length : Length.values()) {
                    for (Pace pace : Pace.values()) {
                        RoutineSettings settings = new RoutineSettings(pace, length, gentle, true, true);
                        if (!part.includedIn(settings)) {
                            out.printf(" %13s", "-");
                        } else {
                            int seconds = Plan.of(part, settings).guidedSeconds();
                            double play = StepSsml.playSeconds(StepSsml.part(speech, routine, position, settings, true));
                            guided[column] += seconds;
                            played[column] += play;
                            out.printf(" %6d / %4.0f", seconds, play);
                        }
                        column++;
                    }
                }
                out.println();
            }
        }
        out.printf("%-42s", "whole routine, minutes");
        for (int column = 0; column < guided.length; column++) {
            out.printf(" %6.1f / %4.1f", guided[column] / 60.0, played[column] / 60.0);
        }
        out.println();
    }
}
