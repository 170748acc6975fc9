package com.morningbackcoach.routine;

import com.morningbackcoach.routine.handler.StepSsml;
import com.morningbackcoach.speech.ContentBundles;
import com.morningbackcoach.speech.Speech;
import com.morningbackcoach.testing.EverySetting;
import com.morningbackcoach.testing.SsmlCheck;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every part of every routine, in every locale bundle, at every pace, length and version: well-formed SSML with only
 * the tags Alexa supports, no pause over 10 seconds, under 8000 characters and about 90 seconds, and pauses that add
 * up to the holds the cues ask for.
 */
class RoutineContentTest {

    static final int MAX_CHARACTERS = 8000;
    static final double MAX_SECONDS = 90;
    private static final Pattern BREAK = Pattern.compile("<break time=\"(\\d+)s\"/>");

    /** Every locale the skill speaks; each reads its own routine bundle, or its language's base where it has none. */
    static List<Locale> locales() {
        return ContentBundles.LOCALES.stream().map(Locale::forLanguageTag).toList();
    }


    @Test
    void localeBundles_shouldExist() {
        assertThat(locales()).contains(Locale.US, Locale.forLanguageTag("es-ES"));
        assertThat(Path.of("src/main/resources/routine/morning_en.properties")).exists();
        assertThat(Path.of("src/main/resources/routine/morning_es.properties")).exists();
    }

    @TestFactory
    List<DynamicTest> everyPart_inEveryLocaleAndSetting_shouldBeValidSpeechWithinAlexasLimits() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Locale locale : locales()) {
            Routine routine = RoutineLibrary.morning(locale);
            Speech speech = Speech.forLocale(locale.toLanguageTag());
            for (RoutineSettings settings : EverySetting.all()) {
                for (RoutinePosition position = routine.first(settings); position != null;
                     position = routine.next(position, settings).orElse(null)) {
                    RoutinePosition at = position;
                    tests.add(DynamicTest.dynamicTest(locale + " " + settings + " " + at, () -> {
                        String ssml = "<speak>" + StepSsml.part(speech, routine, at, settings, true) + "</speak>";
                        assertValidSsml(ssml);
                        assertThat(ssml.length()).as("characters").isLessThan(MAX_CHARACTERS);
                        assertThat(StepSsml.playSeconds(ssml)).as("seconds to play").isLessThanOrEqualTo(MAX_SECONDS);
                        assertThat(ssml).doesNotContain("{", "}");
                        Plan plan = Plan.of(routine.part(at), settings);
                        String cues = StepSsml.cues(speech, plan);
                        assertThat(wholeSecondBreaks(cues)).as("pauses against the cues' guided seconds")
                                .isEqualTo(plan.guidedSeconds());
                    }));
                }
            }
        }
        return tests;
    }

    @Test
    void routine_shouldGoInBedFirst_thenUp_thenWater_thenStretches_thenCore_neverLyingDownAfterStanding() {
        Routine routine = RoutineLibrary.morning(Locale.US);

        assertThat(routine.steps()).extracting(Step::id).containsExactly("wake", "bed", "up", "stretch", "core");
        String afterStanding = String.join(" ", routine.steps().subList(3, 5).stream()
                .flatMap(step -> step.parts().stream()).flatMap(part -> part.cues().stream())
                .map(RoutineContentTest::textOf).toList()).toLowerCase(Locale.ROOT);
        assertThat(afterStanding).doesNotContain("lie on your back", "lie down on", "lie back down");
    }

    @Test
    void stretches_shouldHoldTwentyToThirtySecondsASide_andPelvicTiltsFiveTimesFiveSeconds() {
        Routine routine = RoutineLibrary.morning(Locale.US);
        for (Pace pace : Pace.values()) {
            RoutineSettings settings = RoutineSettings.DEFAULT.withPace(pace);
            routine.step(4).parts().forEach(part -> Plan.of(part, settings).cues().stream()
                    .filter(Cue.Hold.class::isInstance).map(Cue.Hold.class::cast)
                    .forEach(hold -> assertThat(hold.seconds()).as("%s %s", pace, part.name()).isBetween(19, 30)));
        }
        Cue.Reps tilts = (Cue.Reps) routine.step(2).parts().get(0).cues().get(1);
        assertThat(tilts.count()).isEqualTo(5);
        assertThat(tilts.hold()).isEqualTo(5);
    }

    @Test
    void slowerPace_shouldLengthenEveryHold_andShorterRoutine_shouldBeShorter() {
        Routine routine = RoutineLibrary.morning(Locale.US);
        Speech speech = Speech.forLocale("en-US");
        int steady = totalMinutes(speech, routine, RoutineSettings.DEFAULT);

        assertThat(totalMinutes(speech, routine, RoutineSettings.DEFAULT.withPace(Pace.SLOW))).isGreaterThan(steady);
        assertThat(totalMinutes(speech, routine, RoutineSettings.DEFAULT.withLength(Length.SHORT))).isLessThan(steady);
    }

    @Test
    void gentleVersion_shouldSayNoDeepBendsOrFullTwists() {
        Routine routine = RoutineLibrary.morning(Locale.US);
        RoutineSettings gentle = RoutineSettings.DEFAULT.withGentle(true);
        String spoken = String.join(" ", routine.steps().stream()
                .flatMap(step -> step.parts().stream().filter(part -> part.includedIn(gentle)))
                .flatMap(part -> Plan.of(part, gentle).cues().stream()).map(RoutineContentTest::textOf).toList());

        assertThat(spoken).doesNotContain("as far as feels easy", "big step back", "both knees toward your chest");
        assertThat(spoken).contains("only about halfway", "Sit on the edge of the bed or a chair",
                "Hug one knee gently");
    }

    @Test
    void everyMoveAPartTeaches_shouldBeExplained() {
        Routine routine = RoutineLibrary.morning(Locale.US);
        routine.steps().stream().flatMap(step -> step.parts().stream()).flatMap(part -> part.moves().stream())
                .forEach(id -> assertThat(routine.move(id)).as(id).isPresent());
    }

    static int totalMinutes(Speech speech, Routine routine, RoutineSettings settings) {
        int minutes = 0;
        for (int step = 1; step <= routine.stepCount(); step++) {
            minutes += StepSsml.stepMinutes(speech, routine, step, settings);
        }
        return minutes;
    }

    private static String textOf(Cue cue) {
        if (cue instanceof Cue.Say say) {
            return say.text();
        }
        if (cue instanceof Cue.Hold hold) {
            return hold.text();
        }
        if (cue instanceof Cue.Reps reps) {
            return reps.text();
        }
        if (cue instanceof Cue.Rest rest) {
            return rest.text();
        }
        return ((Cue.Switch) cue).text();
    }

    private static int wholeSecondBreaks(String ssml) {
        int total = 0;
        Matcher matcher = BREAK.matcher(ssml);
        while (matcher.find()) {
            int seconds = Integer.parseInt(matcher.group(1));
            assertThat(seconds).as("one break").isLessThanOrEqualTo(StepSsml.MAX_BREAK);
            total += seconds;
        }
        return total;
    }

    static void assertValidSsml(String ssml) {
        SsmlCheck.assertValidSsml(ssml);
    }
}
