package com.morningbackcoach.routine;

import com.morningbackcoach.routine.handler.StepSsml;
import com.morningbackcoach.speech.Rotation;
import com.morningbackcoach.speech.Speech;
import com.morningbackcoach.testing.EverySetting;
import com.morningbackcoach.testing.RoutineWalk;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

import static com.morningbackcoach.testing.SsmlCheck.assertValidSsml;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The routine talks less as the user learns it: in full on the first mornings, then each part opens with the move's
 * name and dose and goes straight to the count, without the step's purpose or the line about stopping if it hurts.
 */
class StepSsmlDepthTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 2, 1);
    private static final String USER = "amzn1.ask.account.SAMPLE";
    private static final RoutinePosition TILTS = new RoutinePosition(2, 1);
    private static final RoutinePosition KNEES = new RoutinePosition(2, 2);
    private static final RoutinePosition ROCKS = new RoutinePosition(2, 3);

    private static Coaching coaching(int level, Depth depth, LocalDate day) {
        return new Coaching(level, depth, day, USER);
    }


    private static String plain(String ssml) {
        return ssml.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim();
    }

    /** The plan for the {@code morning}-th morning in a row from {@link #FIRST_DAY}, at level one. */
    static CoachPlan planForMorning(int morning) {
        LocalDate today = FIRST_DAY.plusDays(morning - 1L);
        List<LocalDate> before = IntStream.range(0, morning - 1).mapToObj(FIRST_DAY::plusDays).toList();
        return CoachPlan.today(new Progress(1, FIRST_DAY, null, null), before, RoutineSettings.DEFAULT,
                DayMode.NORMAL, today);
    }

    /** Words before the first count, summed over every part of the routine as led on that morning. */
    static int wordsBeforeCounts(Speech speech, Routine routine, RoutineSettings settings, Coaching coaching) {
        int words = 0;
        for (RoutinePosition at : RoutineWalk.positions(routine, settings, coaching.level())) {
            words += StepSsml.lead(speech, routine, at, settings, true, coaching).wordsBeforeCount();
        }
        return words;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "es-ES"})
    void aFirstMorning_shouldBeLedInFull_asBeforeLevels(String tag) {
        Speech speech = Speech.forLocale(tag);
        Routine routine = RoutineLibrary.morning(Locale.forLanguageTag(tag));
        for (RoutinePosition at : RoutineWalk.positions(routine, RoutineSettings.DEFAULT, 1)) {
            StepSsml.Led led = StepSsml.lead(speech, routine, at, RoutineSettings.DEFAULT, true,
                    Coaching.FIRST_MORNING);
            assertThat(led).isEqualTo(StepSsml.lead(speech, routine, at, RoutineSettings.DEFAULT, true));
            if (at.isStartOfStep()) {
                Step step = routine.step(at.step());
                assertThat(led.ssml()).contains(step.purpose(), step.ifItHurts(), step.name());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "es-ES"})
    void aShortPart_shouldOpenWithTheMoveAndItsDose_andSayNoPurposeNoSafetyLineNoInstruction(String tag) {
        Speech speech = Speech.forLocale(tag);
        Routine routine = RoutineLibrary.morning(Locale.forLanguageTag(tag));
        for (RoutineSettings settings : List.of(RoutineSettings.DEFAULT, RoutineSettings.DEFAULT.withGentle(true))) {
            for (int level = 1; level <= Progress.TOP; level++) {
                for (RoutinePosition at : RoutineWalk.positions(routine, settings, level)) {
                    Step step = routine.step(at.step());
                    Plan plan = Plan.of(routine.part(at), settings, level);
                    String ssml = StepSsml.part(speech, routine, at, settings, true,
                            coaching(level, Depth.SHORT, null));
                    String context = tag + " level " + level + " " + at + " " + settings.gentle();
                    assertThat(ssml).as(context).doesNotContain(step.purpose(), step.ifItHurts(),
                            speech.say("routine.stepIntro", at.step(), routine.stepCount(), step.name()));
                    boolean dosed = plan.cues().stream()
                            .anyMatch(cue -> cue instanceof Cue.Reps || cue instanceof Cue.Hold);
                    Optional<String> instruction = plan.cues().stream().filter(Cue.Say.class::isInstance)
                            .map(cue -> ((Cue.Say) cue).text()).findFirst();
                    if (dosed && plan.cues().get(0) instanceof Cue.Say) {
                        assertThat(ssml).as(context).doesNotContain(instruction.orElseThrow());
                    }
                    String name = routine.part(at).name();
                    assertThat(plain(ssml).toLowerCase(speech.locale()))
                            .as(context).startsWith(name.toLowerCase(speech.locale()));
                }
            }
        }
    }

    @Test
    void theShortOpening_shouldNameTheDoseOfTheLevel() {
        Speech speech = Speech.forLocale("en-US");
        Routine routine = RoutineLibrary.morning(Locale.US);
        RoutineSettings settings = RoutineSettings.DEFAULT;
        for (int level = 1; level <= Progress.TOP; level++) {
            Cue.Reps tilts = (Cue.Reps) Plan.of(routine.part(TILTS), settings, level).cues().get(1);
            Cue.Hold knees = (Cue.Hold) Plan.of(routine.part(KNEES), settings, level).cues().get(1);
            Cue.Reps rocks = (Cue.Reps) Plan.of(routine.part(ROCKS), settings, level).cues().get(1);
            assertThat(plain(StepSsml.part(speech, routine, TILTS, settings, true, coaching(level, Depth.SHORT,
                    null)))).startsWith("Pelvic tilts, " + tilts.count() + " times.");
            assertThat(plain(StepSsml.part(speech, routine, KNEES, settings, true, coaching(level, Depth.SHORT,
                    null)))).startsWith("Knee hugs, " + knees.seconds() + " seconds each side. Hold.");
            assertThat(plain(StepSsml.part(speech, routine, ROCKS, settings, true, coaching(level, Depth.SHORT,
                    null)))).startsWith("Knee rocks, " + rocks.count() + " each side.");
        }
        Speech spanish = Speech.forLocale("es-ES");
        Routine rutina = RoutineLibrary.morning(Locale.forLanguageTag("es-ES"));
        Cue.Reps tilts = (Cue.Reps) Plan.of(rutina.part(TILTS), settings, 1).cues().get(1);
        assertThat(plain(StepSsml.part(spanish, rutina, TILTS, settings, true, coaching(1, Depth.SHORT, null))))
                .startsWith(spanish.say("routine.short.reps", "La báscula de pelvis", tilts.count()));
    }

    @Test
    void theLeadIntoAPart_shouldVaryByDay_orKeepTheFixedWordsWhereTheLocaleHasNoVariants() {
        Speech speech = Speech.forLocale("en-US");
        Routine routine = RoutineLibrary.morning(Locale.US);
        int variants = Rotation.count(speech, "variety.transition");
        String first = plain(StepSsml.part(speech, routine, routine.first(RoutineSettings.DEFAULT, 1),
                RoutineSettings.DEFAULT, true, coaching(1, Depth.SHORT, FIRST_DAY)));
        assertThat(first).as("the very first part needs no lead-in").startsWith("A few slow breaths, 3 times.");
        for (int day = 0; day < 10; day++) {
            LocalDate today = FIRST_DAY.plusDays(day);
            String shortTilts = plain(StepSsml.part(speech, routine, TILTS, RoutineSettings.DEFAULT, true,
                    coaching(1, Depth.SHORT, today)));
            String fullKnees = plain(StepSsml.part(speech, routine, KNEES, RoutineSettings.DEFAULT, true,
                    coaching(1, Depth.FULL, today)));
            if (variants == 0) {
                assertThat(shortTilts).startsWith("Pelvic tilts, 5 times.");
                assertThat(fullKnees).startsWith("Next, knee hugs.");
            } else {
                String lead = speech.say("variety.transition."
                        + (CoachPlan.pick(today, USER, "variety.transition", variants) + 1));
                String yesterday = speech.say("variety.transition."
                        + (CoachPlan.pick(today.minusDays(1), USER, "variety.transition", variants) + 1));
                assertThat(lead).isNotEqualTo(yesterday);
                assertThat(shortTilts).startsWith(lead + " pelvic tilts, 5 times.");
                assertThat(fullKnees).startsWith(lead + " knee hugs.");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "en-GB", "es-US", "es-ES"})
    void mornings_oneFourAndTen_shouldSayFewerWordsBeforeTheCounts_atMostFortyPercentByMorningTen(String tag) {
        Speech speech = Speech.forLocale(tag);
        Routine routine = RoutineLibrary.morning(Locale.forLanguageTag(tag));
        CoachPlan first = planForMorning(1);
        CoachPlan fourth = planForMorning(4);
        CoachPlan tenth = planForMorning(10);
        assertThat(List.of(first.depth(), fourth.depth(), tenth.depth()))
                .containsExactly(Depth.FULL, Depth.SHORT, Depth.SHORT);
        int one = wordsBeforeCounts(speech, routine, RoutineSettings.DEFAULT, first.coaching(USER));
        int four = wordsBeforeCounts(speech, routine, RoutineSettings.DEFAULT, fourth.coaching(USER));
        int ten = wordsBeforeCounts(speech, routine, RoutineSettings.DEFAULT, tenth.coaching(USER));
        assertThat(one).as("morning 1").isGreaterThan(150);
        assertThat(four).as("morning 4").isLessThan(one);
        assertThat(ten * 100.0 / one).as("morning 10 against morning 1, in percent").isLessThanOrEqualTo(40);
    }

    @TestFactory
    List<DynamicTest> everyPart_atEveryLevelAndDepth_shouldBeValidSpeechWithinAlexasLimits() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Locale locale : RoutineContentTest.locales()) {
            Routine routine = RoutineLibrary.morning(locale);
            Speech speech = Speech.forLocale(locale.toLanguageTag());
            for (RoutineSettings settings : EverySetting.all()) {
                for (int level = 1; level <= Progress.TOP; level++) {
                    for (Depth depth : Depth.values()) {
                        Coaching coaching = coaching(level, depth, FIRST_DAY);
                        for (RoutinePosition at : RoutineWalk.positions(routine, settings, level)) {
                            tests.add(DynamicTest.dynamicTest(locale + " " + settings + " " + level + " " + depth
                                    + " " + at, () -> {
                                String ssml = "<speak>" + StepSsml.part(speech, routine, at, settings, true, coaching)
                                        + "</speak>";
                                assertValidSsml(ssml);
                                assertThat(ssml.length()).isLessThan(RoutineContentTest.MAX_CHARACTERS);
                                assertThat(StepSsml.playSeconds(ssml)).as("seconds to play")
                                        .isLessThanOrEqualTo(RoutineContentTest.MAX_SECONDS);
                                assertThat(ssml).doesNotContain("{", "}");
                                assertThat(RoutineRepeatedWordsTest.doubled(ssml)).isEmpty();
                            }));
                        }
                    }
                }
            }
        }
        return tests;
    }
}
