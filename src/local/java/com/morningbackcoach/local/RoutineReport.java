package com.morningbackcoach.local;

import com.morningbackcoach.routine.Length;
import com.morningbackcoach.routine.Pace;
import com.morningbackcoach.routine.Part;
import com.morningbackcoach.routine.Plan;
import com.morningbackcoach.routine.Routine;
import com.morningbackcoach.routine.RoutineLibrary;
import com.morningbackcoach.routine.RoutinePosition;
import com.morningbackcoach.routine.RoutineSettings;
import com.morningbackcoach.routine.handler.StepSsml;
import com.morningbackcoach.speech.ContentBundles;
import com.morningbackcoach.speech.Speech;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Prints, for every part of the morning routine at every pace and length, the guided seconds (holds, counts, rests)
 * and how long its response takes to play, so content changes can be checked against Alexa's 90-second responses.
 */
final class RoutineReport {

    private RoutineReport() {
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
