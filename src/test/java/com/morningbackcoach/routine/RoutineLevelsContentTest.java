package com.morningbackcoach.routine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.morningbackcoach.speech.ContentBundles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The routine's levels as data: each dose is one number or four that never go down, within sensible limits; the gentle
 * version starts where the standard one does, never leads it, and never takes a harder variant; every part keeps an
 * instruction at every level; the bad back day has no levels and teaches only moves the morning explains.
 */
class RoutineLevelsContentTest {

    private static final int LEVELS = 4;
    private static final int MAX_REPS = 12;
    private static final int MAX_HOLD = 40;

    static JsonNode structure(String id) throws IOException {
        try (InputStream in = RoutineLevelsContentTest.class.getResourceAsStream("/routine/" + id + ".json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    static int at(JsonNode dose, int level) {
        return dose.isArray() ? dose.get(level - 1).asInt() : dose.asInt();
    }

    static boolean includes(JsonNode node, int level) {
        return node.path("fromLevel").asInt(1) <= level && level <= node.path("untilLevel").asInt(LEVELS);
    }

    @Test
    void everyDose_shouldBeOneNumberOrFourThatNeverGoDown_withinLimits() throws IOException {
        for (JsonNode step : structure("morning").path("steps")) {
            for (JsonNode part : step.path("parts")) {
                for (JsonNode cue : part.path("cues")) {
                    for (String key : List.of("reps", "hold", "gentleReps", "gentleHold")) {
                        JsonNode dose = cue.path(key);
                        if (dose.isMissingNode()) {
                            continue;
                        }
                        String what = part.path("id").asText() + " " + key;
                        assertThat(dose.isInt() || dose.isArray() && dose.size() == LEVELS).as(what).isTrue();
                        for (int level = 1; level <= LEVELS; level++) {
                            assertThat(at(dose, level)).as(what).isBetween(1, key.endsWith("eps") ? MAX_REPS : MAX_HOLD);
                            if (level > 1) {
                                assertThat(at(dose, level)).as(what).isGreaterThanOrEqualTo(at(dose, level - 1));
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void gentleDoses_shouldStartAtLevelOne_andNeverLeadTheStandardOnes() throws IOException {
        for (JsonNode step : structure("morning").path("steps")) {
            for (JsonNode part : step.path("parts")) {
                for (JsonNode cue : part.path("cues")) {
                    for (String key : List.of("reps", "hold")) {
                        String gentleKey = "gentle" + Character.toUpperCase(key.charAt(0)) + key.substring(1);
                        JsonNode gentle = cue.path(gentleKey);
                        if (gentle.isMissingNode()) {
                            continue;
                        }
                        assertThat(at(gentle, 1)).as(part.path("id") + " " + gentleKey).isEqualTo(at(cue.path(key), 1));
                        for (int level = 1; level <= LEVELS; level++) {
                            assertThat(at(gentle, level)).as(part.path("id") + " " + gentleKey)
                                    .isLessThanOrEqualTo(at(cue.path(key), level));
                        }
                    }
                }
            }
        }
    }

    @Test
    void harderVariants_shouldBeStandardOnly_andEveryPartShouldKeepAnInstructionAtEveryLevel() throws IOException {
        int harder = 0;
        for (JsonNode step : structure("morning").path("steps")) {
            for (JsonNode part : step.path("parts")) {
                for (JsonNode cue : part.path("cues")) {
                    if (cue.has("fromLevel")) {
                        harder++;
                        assertThat(cue.path("only").asText()).as(cue.toString()).isEqualTo("standard");
                    }
                }
                for (String version : List.of("standard", "gentle")) {
                    if (!List.of("", version).contains(part.path("only").asText())) {
                        continue;
                    }
                    for (int level = 1; level <= LEVELS; level++) {
                        int finalLevel = level;
                        long instructions = 0;
                        for (JsonNode cue : part.path("cues")) {
                            boolean inVersion = List.of("", version).contains(cue.path("only").asText());
                            boolean inLevel = includes(cue, finalLevel) && !(version.equals("gentle") && cue.has("fromLevel"));
                            if (inVersion && inLevel && cue.has("say") && !cue.has("reps") && !cue.has("rest")) {
                                instructions++;
                            }
                        }
                        assertThat(instructions).as("%s %s level %d", part.path("id"), version, level).isPositive();
                    }
                }
            }
        }
        assertThat(harder).isPositive();
    }

    @Test
    void badBackDay_shouldHaveNoLevels_stayInBedUntilTheLastStep_andTeachOnlyMorningMoves() throws IOException {
        JsonNode badday = structure("badday");
        assertThat(badday.toString()).doesNotContain("fromLevel", "untilLevel", "gentleReps", "gentleHold", "[1", "only");
        Set<String> morningMoves = new HashSet<>();
        structure("morning").path("moves").forEach(move -> morningMoves.add(move.asText()));
        badday.path("moves").forEach(move -> assertThat(morningMoves).contains(move.asText()));
        JsonNode steps = badday.path("steps");
        assertThat(steps.get(steps.size() - 1).path("parts").get(0).path("moves").get(0).asText()).isEqualTo("LOG_ROLL");
        for (String tag : ContentBundles.LOCALES) {
            Routine routine = RoutineLibrary.routine("badday", Locale.forLanguageTag(tag));
            assertThat(routine.steps()).as(tag).hasSize(3);
            ResourceBundle words = ContentBundles.forLocale("routine.badday", Locale.forLanguageTag(tag));
            assertThat(words.getString("ease.ifItHurts")).as(tag).isNotBlank();
        }
    }
}
