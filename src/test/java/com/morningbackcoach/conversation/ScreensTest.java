package com.morningbackcoach.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Echo Show screens: sent only to devices that show APL, bound to plain data, and answered by touch as by voice. */
class ScreensTest {

    /** Alexa's limit on a whole response. */
    static final int MAX_RESPONSE_BYTES = 24 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DOCUMENTS = Path.of("src/main/resources/apl");

    private SkillConversation device() {
        return new SkillConversation(TestServices.inMemory(MutableClock.at("2026-11-24T07:00:00Z"))).afterSafetyNote();
    }

    private static JsonNode document(String name) {
        try {
            return JSON.readTree(DOCUMENTS.resolve(name + ".json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void voiceOnlyDevice_shouldGetNoScreenDirective_andLoseNothingByVoice() {
        SkillConversation speaker = device();

        Reply launch = speaker.launch();
        Reply step = speaker.say("StartRoutineIntent");

        assertThat(launch.hasDirectives()).isFalse();
        assertThat(step.hasDirectives()).isFalse();
        assertThat(step.speech()).contains("Step 1 of 5", "Breathe in");
    }

    @Test
    void screenDevice_shouldGetTheMenu_aStepWithItsHolds_theQuestion_andTheFinish() {
        SkillConversation show = device().onAScreen();

        Reply launch = show.launch();
        assertThat(launch.screenDocument()).isEqualTo(document("launch"));
        assertThat(launch.screenPayload().path("buttons").findValuesAsText("intent"))
                .containsExactly("StartRoutineIntent", "CheckMyBackIntent", "WhatCanIAskIntent");

        show.say("StartRoutineIntent");
        Reply tilts = show.say("AMAZON.NextIntent");
        assertThat(tilts.screenDocument()).isEqualTo(document("routine-step"));
        assertThat(tilts.screenPayload().path("step").asText()).isEqualTo("Step 2 of 5");
        assertThat(tilts.screenPayload().path("part").asText()).isEqualTo("Pelvic tilts");
        assertThat(tilts.screenPayload().path("holds")).hasSize(5);
        assertThat(tilts.screenPayload().path("progress").asInt()).isBetween(1, 99);
        assertThat(tilts.screenPayload().path("instruction").asText()).doesNotContain("<");

        Reply question = show.say("CheckMyBackIntent");
        assertThat(question.screenDocument()).isEqualTo(document("check-question"));
        assertThat(question.screenPayload().path("buttons").findValuesAsText("intent"))
                .containsExactly("AMAZON.YesIntent", "AMAZON.NoIntent", "NotSureIntent");

        show.say("AMAZON.StopIntent");
        show.launch();
        Reply last = show.say("StartRoutineIntent");
        while (!last.endsSession()) {
            last = show.say("AMAZON.NextIntent");
        }
        assertThat(last.screenDocument()).isEqualTo(document("finish"));
        assertThat(last.screenPayload().path("current").asText()).isEqualTo("1");
    }

    @Test
    void aReplyWithoutAScreenOfItsOwn_shouldShowWhatIsSaid_withYesAndNoWhenItAsks() {
        SkillConversation show = device().onAScreen();
        show.launch();
        show.say("StartRoutineIntent");
        show.say("AMAZON.NextIntent");
        show.endSession();

        Reply pickUp = show.launch();

        assertThat(pickUp.speech()).contains("pick up");
        assertThat(pickUp.screenDocument()).isEqualTo(document("answer"));
        assertThat(pickUp.screenPayload().path("text").asText()).contains("pick up").doesNotContain("<");
        assertThat(pickUp.screenPayload().path("buttons").findValuesAsText("intent"))
                .containsExactly("AMAZON.YesIntent", "AMAZON.NoIntent");
    }

    @Test
    void tappingYes_inTheSelfCheck_shouldDoWhatSayingYesDoes() {
        SkillConversation saying = device().onAScreen();
        SkillConversation tapping = device().onAScreen();
        for (SkillConversation talk : List.of(saying, tapping)) {
            talk.launch();
            talk.say("CheckMyBackIntent");
        }

        Reply said = saying.say("AMAZON.YesIntent");
        Reply tapped = tapping.tap("AMAZON.YesIntent");

        assertThat(tapped.speech()).isEqualTo(said.speech()).contains("Question 2 of 7");
        assertThat(tapping.checkAnswers()).isEqualTo(saying.checkAnswers()).isEqualTo("Y");
        assertThat(tapped.question()).isEqualTo(said.question());
    }

    @Test
    void tappingNext_inTheRoutine_shouldGoOnAsSayingNext() {
        SkillConversation show = device().onAScreen();
        show.launch();
        show.say("StartRoutineIntent");

        assertThat(show.tap("AMAZON.NextIntent").speech()).contains("Step 2 of 5");
        assertThat(show.tap("AMAZON.PreviousIntent").speech()).contains("Step 1 of 5");
    }

    @Test
    void aTapThatNamesAnIntentNoButtonStandsFor_shouldBeTreatedAsUnknown() {
        SkillConversation show = device().onAScreen();
        show.launch();

        Reply reply = show.tap("DeleteMyDataIntent");

        assertThat(reply.speech()).contains("can't help with that").doesNotContain("delete");
    }

    @Test
    void everyResponse_withItsScreen_shouldStayUnderAlexasSizeLimit() {
        for (Reply reply : aSessionOfEveryScreen()) {
            int bytes = reply.envelope().toString().getBytes(StandardCharsets.UTF_8).length;
            assertThat(bytes).as(reply.speech()).isLessThan(MAX_RESPONSE_BYTES);
        }
    }

    private List<Reply> aSessionOfEveryScreen() {
        SkillConversation show = device().onAScreen();
        show.launch();
        Reply reply = show.say("StartRoutineIntent");
        while (!reply.endsSession()) {
            reply = show.say("AMAZON.NextIntent");
        }
        show.launch();
        show.say("AskQuestionIntent", Map.of("topic", "desk worker|DESK_WORKER"));
        show.say("AskQuestionIntent", Map.of("topic", "causes|CAUSES"));
        show.say("AMAZON.YesIntent");
        show.say("StreakIntent");
        show.say("WhatCanIAskIntent");
        show.say("CheckMyBackIntent");
        for (int i = 0; i < 7; i++) {
            show.say("AMAZON.NoIntent");
        }
        show.say("PainIntent");
        return show.replies();
    }
}
