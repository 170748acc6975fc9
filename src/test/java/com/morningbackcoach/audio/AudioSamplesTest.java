package com.morningbackcoach.audio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.morningbackcoach.routine.Cue;
import com.morningbackcoach.routine.Plan;
import com.morningbackcoach.routine.Routine;
import com.morningbackcoach.routine.RoutineLibrary;
import com.morningbackcoach.routine.RoutinePosition;
import com.morningbackcoach.routine.RoutineSettings;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import com.morningbackcoach.routine.handler.StepSsml;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first morning's parts at the steady pace, as the real handler sends them to a device with APL for Audio, written
 * to {@code target/apla-samples/} with what each must play: its holds' seconds, its guided seconds (as routine-report
 * prints them) and the short settling pauses around the words. {@code tools/apla-preview/ci.sh} renders each and
 * checks the rendered timeline against them.
 */
class AudioSamplesTest {

    static final Path OUT = Path.of("target/apla-samples");
    /** The pause after a part's opening words, before its cues. */
    private static final double OPENING_PAUSE = 1.0;
    /** The moment between announcing a count and its first repetition. */
    private static final double GET_READY = 0.5;
    /** The pause after each line of instruction. */
    private static final double AFTER_A_LINE = 0.3;
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @CsvSource({"en-US, en", "es-US, es-419"})
    void firstMorning_steadyPace_everyPart_isWrittenWithItsHolds(String locale, String voice) throws Exception {
        Routine routine = RoutineLibrary.morning(Locale.forLanguageTag(locale));
        SkillConversation talk = new SkillConversation(TestServices.inMemory(MutableClock.at("2026-11-24T07:00:00Z")))
                .inLocale(locale).withAplForAudio().afterSafetyNote();
        talk.launch();
        Reply reply = talk.say("StartRoutineIntent");
        Files.createDirectories(OUT);
        int written = 0;
        for (RoutinePosition at = routine.first(RoutineSettings.DEFAULT); at != null;
             at = routine.next(at, RoutineSettings.DEFAULT).orElse(null)) {
            assertThat(reply.question()).isEqualTo("routine.next");
            Plan plan = Plan.of(routine.part(at), RoutineSettings.DEFAULT);
            List<Integer> holds = new ArrayList<>();
            List<Integer> halfways = new ArrayList<>();
            double settle = OPENING_PAUSE;
            for (Cue cue : plan.cues()) {
                if (cue instanceof Cue.Hold hold) {
                    holds.add(hold.seconds());
                    halfways.add(hold.seconds() >= StepSsml.HALFWAY_FROM ? hold.seconds() / 2 : null);
                } else if (cue instanceof Cue.Reps) {
                    settle += GET_READY;
                } else if (cue instanceof Cue.Say) {
                    settle += AFTER_A_LINE;
                }
            }
            assertThat(mixedSeconds(reply.audioClips())).as("each hold's mix lasts the cue's hold").isEqualTo(holds);
            ObjectNode sample = JSON.createObjectNode();
            sample.put("voice", voice);
            sample.put("part", at.step() + "." + at.part());
            sample.putPOJO("holds", holds);
            sample.putPOJO("halfways", halfways);
            sample.put("guided", plan.guidedSeconds());
            sample.put("settle", Math.round(settle * 10) / 10.0);
            sample.set("directive", reply.audioDirective());
            Files.writeString(OUT.resolve(String.format("%s-morning-%d-%d.json", locale, at.step(), at.part())),
                    JSON.writerWithDefaultPrettyPrinter().writeValueAsString(sample));
            written++;
            reply = talk.say("AMAZON.NextIntent");
        }
        assertThat(written).isGreaterThan(10);
    }

    /** Seconds of each mix's first lane, the hold's silence, in order. */
    private static List<Integer> mixedSeconds(JsonNode clips) {
        List<Integer> seconds = new ArrayList<>();
        for (JsonNode clip : clips) {
            if (clip.path("kind").asText().equals("mix")) {
                seconds.add(clip.path("lanes").get(0).path("clips").get(0).path("ms").asInt() / 1000);
            }
        }
        return seconds;
    }
}
