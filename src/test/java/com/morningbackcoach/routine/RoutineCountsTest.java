package com.morningbackcoach.routine;

import com.morningbackcoach.routine.handler.StepSsml;
import com.morningbackcoach.speech.Speech;
import com.morningbackcoach.testing.EverySetting;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the coach announces is what it counts: every repetition announces its number ("Seven times", "Four on each
 * side"), the number matches the repetitions it then leads, and no other line names a count, at every length, pace,
 * version and locale. Alternating moves say the count is for each side and lead both sides in each count.
 */
class RoutineCountsTest {

    /** Number words a count could be said in, per language; "one", "un", "una" are left out as they also mean "a". */
    private static final Map<String, List<String>> NUMBER_WORDS = Map.of(
            "en", List.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"),
            "es", List.of("dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce",
                    "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte"));
    /** How each language says that a count is for each side, each leg or each way. */
    private static final Map<String, Pattern> EACH_SIDE = Map.of(
            "en", Pattern.compile("\\beach (side|leg)\\b"),
            "es", Pattern.compile("\\bcada (lado|pierna)\\b"));
    private static final Pattern BREAK = Pattern.compile("<break time=\"[^\"]+\"/>");

    /** The numbers said in a text, as digits or words of its language. */
    static List<Integer> numbersIn(String text, String language) {
        List<Integer> numbers = new ArrayList<>();
        List<String> words = NUMBER_WORDS.get(language);
        Matcher matcher = Pattern.compile("\\p{L}+|\\d+").matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            String word = matcher.group();
            if (word.chars().allMatch(Character::isDigit)) {
                numbers.add(Integer.parseInt(word));
            } else if (words.contains(word)) {
                numbers.add(words.indexOf(word) + 2);
            }
        }
        return numbers;
    }

    /** What is said between pauses, in order. */
    private static List<String> segments(String ssml) {
        return Arrays.stream(BREAK.split(ssml)).map(part -> part.replaceAll("<[^>]+>", " ").trim())
                .filter(part -> !part.isEmpty()).toList();
    }

    @Test
    void numbersIn_shouldReadDigitsAndWords_butNotAsAnArticle() {
        assertThat(numbersIn("Ten times. Hug one knee.", "en")).containsExactly(10);
        assertThat(numbersIn("7 veces, con una pierna y dos brazos.", "es")).containsExactly(7, 2);
    }

    @TestFactory
    List<DynamicTest> everyAnnouncedCount_shouldBeTheCountLed_atEveryLengthPaceVersionAndLocale() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Locale locale : RoutineContentTest.locales()) {
            Routine routine = RoutineLibrary.morning(locale);
            Speech speech = Speech.forLocale(locale.toLanguageTag());
            String language = locale.getLanguage();
            for (RoutineSettings settings : EverySetting.all()) {
                for (int step = 1; step <= routine.stepCount(); step++) {
                    for (Part part : routine.partsOf(step, settings)) {
                        tests.add(DynamicTest.dynamicTest(locale + " " + settings + " " + part.name(),
                                () -> assertCountsMatch(speech, language, Plan.of(part, settings))));
                    }
                }
            }
        }
        return tests;
    }

    private static void assertCountsMatch(Speech speech, String language, Plan plan) {
        for (Cue cue : plan.cues()) {
            String led = StepSsml.cues(speech, new Plan(List.of(cue)));
            List<String> said = segments(led);
            if (!(cue instanceof Cue.Reps reps)) {
                assertThat(numbersIn(String.join(" ", said), language)).as("a count outside a repetition: %s", said)
                        .isEmpty();
                continue;
            }
            String announcement = said.get(0);
            assertThat(numbersIn(announcement, language)).as("announced in \"%s\"", announcement)
                    .isNotEmpty().containsOnly(reps.count());
            List<String> counts = said.subList(1, said.size());
            String beat = reps.beat().isEmpty() ? null : reps.beat();
            long ledCounts = beat != null
                    ? counts.stream().filter(segment -> segment.startsWith(beat)).count()
                    : counts.stream().filter(segment -> segment.matches("\\d+\\.")).count();
            assertThat(ledCounts).as("counts led after \"%s\": %s", announcement, counts).isEqualTo(reps.count());
            if (beat == null) {
                List<Integer> spokenCounts = counts.stream().filter(segment -> segment.matches("\\d+\\."))
                        .map(segment -> Integer.parseInt(segment.substring(0, segment.length() - 1))).toList();
                assertThat(spokenCounts.get(spokenCounts.size() - 1)).as("last count").isEqualTo(reps.count());
            }
            if (reps.alternating()) {
                assertThat(announcement.toLowerCase(Locale.ROOT)).as("says the count is for each side")
                        .containsPattern(EACH_SIDE.get(language));
                assertThat(counts.stream().filter(segment -> segment.equals(reps.other())).count())
                        .as("the other side led in each count").isEqualTo(reps.count());
            }
        }
    }

    @Test
    void shorterRoutine_inTheRealSkill_shouldAnnounceTheCountsItLeads() {
        SkillConversation talk = new SkillConversation(TestServices.inMemory(MutableClock.at("2026-11-03T07:00:00Z")))
                .afterSafetyNote();
        talk.launch();
        talk.say("AdjustRoutineIntent", Map.of("change", "shorter routine|SHORTER_ROUTINE"));
        Reply first = talk.say("StartRoutineIntent");
        Reply tilts = talk.say("AMAZON.NextIntent");

        assertThat(first.speech()).contains("2 slow breaths.", "5 times.").doesNotContain("Ten times", "Three slow");
        assertThat(first.speech().split("Breathe in\\.", -1)).hasSize(3);
        assertThat(first.speech()).contains("5.").doesNotContain("6.", "7.");
        assertThat(tilts.speech()).contains("3 times.").doesNotContain("Five times");
        assertThat(tilts.speech().split("Flatten, and hold\\.", -1)).hasSize(4);
    }

    @Test
    void spanishShorterRoutine_inTheRealSkill_shouldAnnounceTheCountsItLeads() {
        SkillConversation talk = new SkillConversation(TestServices.inMemory(MutableClock.at("2026-11-03T07:00:00Z")))
                .inLocale("es-MX").afterSafetyNote();
        talk.launch();
        talk.say("AdjustRoutineIntent", Map.of("change", "rutina corta|SHORTER_ROUTINE"));
        Reply first = talk.say("StartRoutineIntent");

        assertThat(first.speech()).contains("2 respiraciones lentas.", "5 veces.").doesNotContain("Tres respiraciones");
        assertThat(first.speech().split("Inhala\\.", -1)).hasSize(3);
    }
}
