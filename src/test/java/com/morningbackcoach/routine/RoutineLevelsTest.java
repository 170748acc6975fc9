package com.morningbackcoach.routine;

import com.morningbackcoach.testing.RoutineWalk;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Levels in the routine's data: counts and holds as one number or one per level, the gentle version's own, parts
 * and cues from or until a level; and the morning routine's levels as shipped.
 */
class RoutineLevelsTest {

    private static final String WORDS = """
            bed.name=In bed
            bed.purpose=Loosen up.
            bed.tilts.name=pelvic tilts
            bed.harder.name=bridges
            bed.tilt=Tilt.
            bed.times={0} times.
            bed.bridge=Bridge.
            core.name=Core
            core.purpose=Steady.
            core.birdDog.name=bird dogs
            core.birdDogFull.name=full bird dogs
            core.birdDog=Reach a leg back.
            core.birdDogFull=Reach a leg and an arm.
            core.reachLonger=Reach a little longer.
            core.eachSide={0} each side.
            core.otherSide=Other side.
            move.PELVIC_TILT.name=pelvic tilts
            move.PELVIC_TILT.howTo=Tilt.
            move.BIRD_DOG.name=the bird dog
            move.BIRD_DOG.howTo=Reach.
            """;
    private static final RoutineSettings STANDARD = RoutineSettings.DEFAULT;
    private static final RoutineSettings GENTLE = RoutineSettings.DEFAULT.withGentle(true);

    private static Routine fixture() throws IOException {
        try (InputStream in = RoutineLevelsTest.class.getResourceAsStream("/fixtures/levelled-routine.json")) {
            JsonNode structure = new ObjectMapper().readTree(in);
            ResourceBundle words = new PropertyResourceBundle(new StringReader(WORDS));
            return RoutineLibrary.load(structure, words);
        }
    }

    private static List<Integer> counts(Routine routine, RoutinePosition at, RoutineSettings settings, int level) {
        List<Integer> values = new ArrayList<>();
        for (Cue cue : Plan.of(routine.part(at), settings, level).cues()) {
            if (cue instanceof Cue.Reps reps) {
                values.add(reps.count());
                values.add(reps.hold());
            } else if (cue instanceof Cue.Hold hold) {
                values.add(hold.seconds());
            }
        }
        return values;
    }


    @Test
    void countsAndHolds_shouldFollowTheLevel_andTheGentleVersion_itsOwnOrTheFirstLevels() throws IOException {
        Routine routine = fixture();
        RoutinePosition tilts = new RoutinePosition(1, 1);
        assertThat(counts(routine, tilts, STANDARD, 1)).containsExactly(5, 5, 15, 3, 2);
        assertThat(counts(routine, tilts, STANDARD, 2)).containsExactly(6, 5, 15, 3, 2);
        assertThat(counts(routine, tilts, STANDARD, 4)).containsExactly(10, 8, 15, 3, 2);
        assertThat(counts(routine, tilts, GENTLE, 1)).containsExactly(4, 5, 10, 3, 2);
        assertThat(counts(routine, tilts, GENTLE, 4)).as("gentle reps its own, gentle hold the first level's")
                .containsExactly(6, 5, 15, 3, 2);
        assertThat(counts(routine, tilts, STANDARD.withLength(Length.SHORT), 4)).startsWith(7, 8);
        assertThat(counts(routine, tilts, STANDARD.withPace(Pace.SLOW), 3)).startsWith(8, 8, 19);
    }

    @Test
    void partsFromOrUntilALevel_shouldBeWalkedOnlyAtThoseLevels_andHarderPartsNeverInTheGentleVersion()
            throws IOException {
        Routine routine = fixture();
        RoutinePosition tilts = new RoutinePosition(1, 1);
        RoutinePosition bridges = new RoutinePosition(1, 2);
        RoutinePosition birdDog = new RoutinePosition(2, 1);
        RoutinePosition fullBirdDog = new RoutinePosition(2, 2);
        assertThat(RoutineWalk.positions(routine, STANDARD, 1)).containsExactly(tilts, birdDog);
        assertThat(RoutineWalk.positions(routine, STANDARD, 2)).containsExactly(tilts, birdDog);
        assertThat(RoutineWalk.positions(routine, STANDARD, 3)).containsExactly(tilts, bridges, fullBirdDog);
        assertThat(RoutineWalk.positions(routine, STANDARD, 4)).containsExactly(tilts, bridges, fullBirdDog);
        for (int level = 1; level <= 4; level++) {
            assertThat(RoutineWalk.positions(routine, GENTLE, level)).as("gentle at level " + level).containsExactly(tilts, birdDog);
        }
        assertThat(routine.previous(fullBirdDog, STANDARD, 3)).contains(bridges);
        assertThat(routine.nextStep(tilts, STANDARD, 3)).contains(fullBirdDog);
        assertThat(routine.partsOf(2, STANDARD, 4)).extracting(Part::name).containsExactly("full bird dogs");
        assertThat(routine.partsOf(2, STANDARD)).extracting(Part::name).containsExactly("bird dogs");
    }

    @Test
    void aCueFromALevel_shouldBeSaidOnlyFromThatLevel() throws IOException {
        Routine routine = fixture();
        RoutinePosition fullBirdDog = new RoutinePosition(2, 2);
        assertThat(texts(routine, fullBirdDog, 3)).doesNotContain("Reach a little longer.");
        assertThat(texts(routine, fullBirdDog, 4)).contains("Reach a little longer.");
    }

    private static List<String> texts(Routine routine, RoutinePosition at, int level) {
        return Plan.of(routine.part(at), STANDARD, level).cues().stream().filter(Cue.Say.class::isInstance)
                .map(cue -> ((Cue.Say) cue).text()).toList();
    }

    @Test
    void aDoseOfTheWrongShape_shouldBeRejected() throws IOException {
        ResourceBundle words = new PropertyResourceBundle(new StringReader(WORDS));
        ObjectMapper json = new ObjectMapper();
        String three = """
                {"id": "bad", "steps": [{"id": "bed", "parts": [{"id": "tilts", "cues": [
                  {"reps": [5, 6, 7], "hold": 5, "say": "bed.times"}]}]}]}""";
        assertThatThrownBy(() -> RoutineLibrary.load(json.readTree(three), words))
                .isInstanceOf(IllegalArgumentException.class);
        String fraction = three.replace("[5, 6, 7]", "5.5");
        assertThatThrownBy(() -> RoutineLibrary.load(json.readTree(fraction), words))
                .isInstanceOf(IllegalArgumentException.class);
        String backwards = three.replace("\"reps\": [5, 6, 7]", "\"fromLevel\": 3, \"untilLevel\": 2, \"reps\": 5");
        assertThatThrownBy(() -> RoutineLibrary.load(json.readTree(backwards), words))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "es-ES"})
    void theMorningRoutine_atTheFirstLevel_shouldLeadTheDosesItLedBeforeLevels(String tag) {
        Routine morning = RoutineLibrary.morning(Locale.forLanguageTag(tag));
        for (RoutineSettings settings : List.of(STANDARD, GENTLE)) {
            List<RoutinePosition> unlevelled = new ArrayList<>();
            for (Optional<RoutinePosition> at = Optional.of(morning.first(settings)); at.isPresent();
                 at = morning.next(at.get(), settings)) {
                unlevelled.add(at.get());
            }
            assertThat(RoutineWalk.positions(morning, settings, 1)).isEqualTo(unlevelled);
            for (RoutinePosition at : RoutineWalk.positions(morning, settings, 1)) {
                assertThat(Plan.of(morning.part(at), settings, 1)).isEqualTo(Plan.of(morning.part(at), settings));
            }
        }
        RoutinePosition tilts = new RoutinePosition(2, 1);
        Cue.Reps first = (Cue.Reps) Plan.of(morning.part(tilts), STANDARD, 1).cues().get(1);
        assertThat(first.count()).isEqualTo(5);
        assertThat(first.hold()).isEqualTo(5);
        for (int level = 1; level <= Progress.TOP; level++) {
            Cue.Reps gentle = (Cue.Reps) Plan.of(morning.part(tilts), GENTLE, level).cues().get(1);
            Cue.Reps standard = (Cue.Reps) Plan.of(morning.part(tilts), STANDARD, level).cues().get(1);
            assertThat(standard.count()).as("level " + level).isGreaterThanOrEqualTo(first.count());
            assertThat(gentle.count()).as("level " + level).isLessThanOrEqualTo(standard.count());
        }
    }
}
