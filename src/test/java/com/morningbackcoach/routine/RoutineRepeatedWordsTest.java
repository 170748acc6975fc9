package com.morningbackcoach.routine;

import com.morningbackcoach.routine.handler.StepSsml;
import com.morningbackcoach.speech.Speech;
import com.morningbackcoach.testing.EverySetting;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No word or phrase is said twice in a row ("Next, your hamstrings. Hamstrings."; "and hold. Hold."), in any part the
 * routine leads, at every length, pace, version and locale. A pause of two seconds or more in between (the same
 * beat for the next repetition) is a new line, not a doubled word.
 */
class RoutineRepeatedWordsTest {

    private static final int LONGEST_PHRASE = 4;
    /** A pause long enough to start a new line: two seconds or more, or a sound. */
    private static final Pattern PAUSE = Pattern.compile("<break time=\"([2-9]|\\d\\d+)s\"/>|<audio[^>]*/>");

    /** Words or phrases said twice in a row within one stretch of speech, such as "hold hold". */
    static List<String> doubled(String ssml) {
        List<String> found = new ArrayList<>();
        for (String stretch : PAUSE.split(ssml)) {
            String[] words = Arrays.stream(stretch.replaceAll("<[^>]+>", " ").toLowerCase(Locale.ROOT)
                    .split("[^\\p{L}\\p{N}']+")).filter(word -> !word.isEmpty()).toArray(String[]::new);
            for (int length = 1; length <= LONGEST_PHRASE; length++) {
                for (int at = 0; at + 2 * length <= words.length; at++) {
                    List<String> first = Arrays.asList(words).subList(at, at + length);
                    if (first.equals(Arrays.asList(words).subList(at + length, at + 2 * length))) {
                        found.add(String.join(" ", first));
                    }
                }
            }
        }
        return found;
    }

    @Test
    void doubled_shouldCatchTheOldWording_andLetABeatRepeatAfterAPause() {
        assertThat(doubled("Next, your hamstrings.<break time=\"1s\"/> Hamstrings. Put one heel"))
                .containsExactly("hamstrings");
        assertThat(doubled("Next, one more round.<break time=\"1s\"/> One more round, slowly."))
                .containsExactly("one more round");
        assertThat(doubled("Next, bird dogs. Bird dogs. On your hands")).containsExactly("bird dogs");
        assertThat(doubled("and hold.<break time=\"300ms\"/> Hold.<break time=\"10s\"/>")).containsExactly("hold");
        assertThat(doubled("Breathe in.<break time=\"3s\"/> And out.<break time=\"3s\"/> Breathe in.")).isEmpty();
    }

    @TestFactory
    List<DynamicTest> everyPart_shouldSayNoWordTwiceInARow() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Locale locale : RoutineContentTest.locales()) {
            Routine routine = RoutineLibrary.morning(locale);
            Speech speech = Speech.forLocale(locale.toLanguageTag());
            for (RoutineSettings settings : EverySetting.all()) {
                for (RoutinePosition at = routine.first(settings); at != null;
                     at = routine.next(at, settings).orElse(null)) {
                    RoutinePosition position = at;
                    tests.add(DynamicTest.dynamicTest(locale + " " + settings + " " + position, () -> {
                        for (boolean firstHearing : new boolean[]{true, false}) {
                            String ssml = StepSsml.part(speech, routine, position, settings, firstHearing);
                            assertThat(doubled(ssml)).as(ssml).isEmpty();
                        }
                    }));
                }
            }
        }
        return tests;
    }
}
