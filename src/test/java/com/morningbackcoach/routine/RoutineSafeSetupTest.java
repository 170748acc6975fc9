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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The routine as a physiotherapist would set it up, in every locale and version: nothing on the floor once the user
 * has stood up, a hand on something steady for every one-leg move, the hamstring stretch from the bed's edge or a
 * chair, one knee hugged before both, five seconds to change feet in the lunge, and the glass of water set out the
 * evening before.
 */
class RoutineSafeSetupTest {

    private static final Set<String> ONE_LEG_MOVES = Set.of("HIP_FLEXOR_STRETCH", "MARCHING", "BIRD_DOG");

    /** Per language: getting up, floor positions, holding on, the hamstring seat, one knee, both knees. */
    private record Words(String standUp, List<String> floor, List<String> holdingOn, String bedOrChair,
                         String oneKnee, String bothKnees, List<String> step) {
    }

    private static final Map<String, Words> WORDS = Map.of(
            "en", new Words("stand up", List.of("lie down", "lie on", "lying", "on your back", "hands and knees",
                    "a mat", "kneel", "get down"), List.of("hold something steady", "hand on", "hands on",
                    "holding on"), "edge of the bed or a chair", "one knee", "both knees", List.of("low step", "a step")),
            "es", new Words("ponte de pie", List.of("acuéstate", "túmbate", "boca arriba", "boca abajo", "cuatro puntos",
                    "cuatro patas", "tapete", "esterilla", "de rodillas", "al piso", "al suelo"), List.of("sujétate",
                    "mano en", "manos apoyadas", "mano apoyada"), "de la cama o en una silla", "una rodilla",
                    "ambas rodillas", List.of("escalón")));

    private static String spoken(Speech speech, Part part, RoutineSettings settings) {
        return StepSsml.cues(speech, Plan.of(part, settings)).replaceAll("<[^>]+>", " ").toLowerCase(Locale.ROOT);
    }

    private interface PartCheck {
        void check(Words words, Speech speech, Routine routine, RoutineSettings settings);
    }

    private static List<DynamicTest> everywhere(PartCheck check) {
        List<DynamicTest> tests = new ArrayList<>();
        for (Locale locale : RoutineContentTest.locales()) {
            Routine routine = RoutineLibrary.morning(locale);
            Speech speech = Speech.forLocale(locale.toLanguageTag());
            Words words = WORDS.get(locale.getLanguage());
            for (RoutineSettings settings : EverySetting.all()) {
                tests.add(DynamicTest.dynamicTest(locale + " " + settings,
                        () -> check.check(words, speech, routine, settings)));
            }
        }
        return tests;
    }

    private static List<Part> parts(Routine routine, RoutineSettings settings) {
        List<Part> parts = new ArrayList<>();
        for (int step = 1; step <= routine.stepCount(); step++) {
            parts.addAll(routine.partsOf(step, settings));
        }
        return parts;
    }

    @TestFactory
    List<DynamicTest> onceStanding_nothingShouldBeDoneOnTheFloor() {
        return everywhere((words, speech, routine, settings) -> {
            List<Part> parts = parts(routine, settings);
            int standing = -1;
            for (int i = 0; i < parts.size() && standing < 0; i++) {
                standing = spoken(speech, parts.get(i), settings).contains(words.standUp()) ? i : -1;
            }
            assertThat(standing).as("a part that stands the user up").isGreaterThan(0);
            for (Part part : parts.subList(standing, parts.size())) {
                assertThat(spoken(speech, part, settings)).as(part.name()).doesNotContain(words.floor());
            }
            for (Part part : parts.subList(0, standing)) {
                assertThat(routine.steps().indexOf(routine.steps().stream().filter(s -> s.parts().contains(part))
                        .findFirst().orElseThrow())).as("in bed before standing: %s", part.name()).isLessThan(3);
            }
        });
    }

    @TestFactory
    List<DynamicTest> everyOneLegMove_shouldHaveAHandOnSomethingSteady() {
        return everywhere((words, speech, routine, settings) -> {
            for (Part part : parts(routine, settings)) {
                if (part.moves().stream().anyMatch(ONE_LEG_MOVES::contains)) {
                    String said = spoken(speech, part, settings);
                    assertThat(words.holdingOn().stream().anyMatch(said::contains)).as(said).isTrue();
                }
            }
        });
    }

    @TestFactory
    List<DynamicTest> hamstrings_shouldStretchFromTheBedsEdgeOrAChair_neverAStep() {
        return everywhere((words, speech, routine, settings) -> {
            Part hamstrings = parts(routine, settings).stream()
                    .filter(part -> part.moves().contains("HAMSTRING_STRETCH")).findFirst().orElseThrow();
            assertThat(spoken(speech, hamstrings, settings)).contains(words.bedOrChair());
            assertThat(routine.move("HAMSTRING_STRETCH").orElseThrow().howTo().toLowerCase(Locale.ROOT))
                    .contains(words.bedOrChair()).doesNotContain(words.step());
            for (Part part : parts(routine, settings)) {
                assertThat(spoken(speech, part, settings)).doesNotContain(words.step());
            }
        });
    }

    @TestFactory
    List<DynamicTest> oneKnee_shouldBeHuggedBeforeBoth() {
        return everywhere((words, speech, routine, settings) -> {
            String bed = String.join(" ", routine.partsOf(2, settings).stream()
                    .map(part -> spoken(speech, part, settings)).toList());
            assertThat(bed).contains(words.oneKnee());
            if (bed.contains(words.bothKnees())) {
                assertThat(bed.indexOf(words.oneKnee())).isLessThan(bed.indexOf(words.bothKnees()));
            }
            if (settings.gentle()) {
                assertThat(bed).doesNotContain(words.bothKnees());
            }
        });
    }

    @TestFactory
    List<DynamicTest> lunge_shouldGiveAtLeastFiveSecondsToChangeFeet() {
        return everywhere((words, speech, routine, settings) -> {
            Part hips = parts(routine, settings).stream()
                    .filter(part -> part.moves().contains("HIP_FLEXOR_STRETCH")).findFirst().orElseThrow();
            List<Cue.Switch> switches = Plan.of(hips, settings).cues().stream().filter(Cue.Switch.class::isInstance)
                    .map(Cue.Switch.class::cast).toList();
            assertThat(switches).isNotEmpty().allSatisfy(change -> {
                assertThat(change.seconds()).isGreaterThanOrEqualTo(5);
                String led = StepSsml.cues(speech, new Plan(List.of(change)));
                assertThat(StepSsml.breakSeconds(led)).isGreaterThanOrEqualTo(5);
            });
        });
    }

    @Test
    void glassOfWater_shouldBeMentionedAtLaunch_andSetOutTheEveningBefore() {
        SkillConversation english = new SkillConversation(TestServices.inMemory(MutableClock.at("2026-11-03T07:00:00Z")));
        assertThat(english.launch().speech()).contains("a glass of water by the bed helps");
        Reply finished = english.afterSafetyNote().completeRoutine();
        assertThat(finished.speech()).contains("Tonight, leave a glass of water by the bed");

        SkillConversation spanish = new SkillConversation(TestServices.inMemory(MutableClock.at("2026-11-03T07:00:00Z")))
                .inLocale("es-US");
        assertThat(spanish.launch().speech()).contains("vaso de agua junto a la cama");
        assertThat(spanish.afterSafetyNote().completeRoutine().speech())
                .contains("Esta noche, deja un vaso de agua junto a la cama");
    }

    @Test
    void water_shouldBeDrunkSittingOnTheBedsEdge_beforeStandingUp() {
        SkillConversation talk = new SkillConversation(TestServices.inMemory(MutableClock.at("2026-11-03T07:00:00Z")))
                .afterSafetyNote();
        talk.launch();
        Reply reply = talk.say("StartRoutineIntent");
        while (!reply.speech().contains("Step 3 of 5")) {
            reply = talk.say("AMAZON.NextIntent");
        }
        String up = reply.speech();
        Reply stretch = talk.say("AMAZON.NextIntent");

        assertThat(up).contains("Roll onto your side", "drink your glass of water").doesNotContain("stand up");
        assertThat(up.indexOf("sitting")).isLessThan(up.indexOf("drink your glass of water"));
        assertThat(stretch.speech()).contains("Step 4 of 5", "Now stand up slowly");
    }
}
