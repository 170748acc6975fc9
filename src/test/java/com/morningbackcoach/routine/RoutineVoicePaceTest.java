package com.morningbackcoach.routine;

import com.morningbackcoach.routine.handler.StepSsml;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.SsmlCheck;
import com.morningbackcoach.testing.TestServices;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * "Slower" slows the coach's voice as well as lengthening the holds, and "faster" quickens both; pauses keep their
 * length and sounds stay outside the voice's rate. The time a part takes to play counts the slower voice.
 */
class RoutineVoicePaceTest {

    private final SkillConversation talk =
            new SkillConversation(TestServices.inMemory(MutableClock.at("2026-11-03T07:00:00Z"))).afterSafetyNote();

    private Reply tiltsAfter(String change) {
        talk.launch();
        if (change != null) {
            talk.say("AdjustRoutineIntent", Map.of("change", change));
        }
        talk.say("StartRoutineIntent");
        return talk.say("AMAZON.NextIntent");
    }

    @Test
    void steadyPace_shouldSpeakAtTheNormalRate() {
        Reply tilts = tiltsAfter(null);

        assertThat(tilts.ssml()).doesNotContain("<prosody");
    }

    @Test
    void slower_shouldSlowTheVoice_andLengthenTheHolds() {
        double steadyPauses = StepSsml.breakSeconds(tiltsAfter(null).ssml());
        talk.endSession();
        Reply tilts = tiltsAfter("slower|SLOWER");

        assertThat(tilts.ssml()).contains("<prosody rate=\"90%\">");
        assertThat(StepSsml.breakSeconds(tilts.ssml())).isGreaterThan(steadyPauses);
        SsmlCheck.assertValidSsml(tilts.ssml());
    }

    @Test
    void faster_shouldQuickenTheVoice_andShortenTheHolds() {
        double steadyPauses = StepSsml.breakSeconds(tiltsAfter(null).ssml());
        talk.endSession();
        Reply tilts = tiltsAfter("faster|FASTER");

        assertThat(tilts.ssml()).contains("<prosody rate=\"110%\">");
        assertThat(StepSsml.breakSeconds(tilts.ssml())).isLessThan(steadyPauses);
        SsmlCheck.assertValidSsml(tilts.ssml());
    }

    @Test
    void aChimeToSwitchSides_shouldPlayOutsideTheVoicesRate() {
        talk.launch();
        talk.say("AdjustRoutineIntent", Map.of("change", "slower|SLOWER"));
        Reply reply = talk.say("StartRoutineIntent");
        while (!reply.speech().contains("Hug one knee gently")) {
            reply = talk.say("AMAZON.NextIntent");
        }

        assertThat(reply.ssml()).contains("</prosody><audio").containsPattern("<audio[^>]*/><prosody rate=\"90%\">");
        SsmlCheck.assertValidSsml(reply.ssml());
    }

    @Test
    void playSeconds_shouldCountASlowerVoiceAsLonger() {
        String words = "Bend your knees, feet flat, and tighten your tummy gently.";

        assertThat(StepSsml.playSeconds("<prosody rate=\"90%\">" + words + "</prosody>"))
                .isGreaterThan(StepSsml.playSeconds(words));
        assertThat(StepSsml.playSeconds("<prosody rate=\"110%\">" + words + "</prosody>"))
                .isLessThan(StepSsml.playSeconds(words));
    }

    @Test
    void ssmlCheck_shouldRefuseARateAlexaDoesNotTake() {
        assertThatThrownBy(() -> SsmlCheck.assertValidSsml("<speak><prosody rate=\"10%\">Hi.</prosody></speak>"))
                .isInstanceOf(AssertionError.class);
        SsmlCheck.assertValidSsml("<speak><prosody rate=\"90%\">Hi.</prosody></speak>");
    }
}
