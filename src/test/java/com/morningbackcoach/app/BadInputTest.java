package com.morningbackcoach.app;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BadInputTest {

    private final SkillConversation talk = new SkillConversation(
            TestServices.inMemory(MutableClock.at("2026-11-24T07:00:00Z"))).afterSafetyNote();

    @Test
    void unknownIntent_shouldGetAHelpfulAnswerAndKeepTheSessionOpen() {
        talk.launch();

        Reply reply = talk.say("SomethingNobodyModelledIntent");

        assertThat(reply.speech()).contains("can't help with that", "today's routine");
        assertThat(reply.endsSession()).isFalse();
    }

    @Test
    void yesWithNothingPending_shouldSayWhatIsPossible() {
        Reply reply = talk.say("AMAZON.YesIntent");

        assertThat(reply.speech()).contains("haven't asked you anything");
        assertThat(reply.endsSession()).isFalse();
        assertThat(reply.question()).isEqualTo("home.routine");
    }

    @Test
    void unknownQuestionIdInTheSession_shouldBeTreatedAsNoQuestion() {
        talk.launch();
        talk.tamperWithSessionAttribute("question", TextNode.valueOf("nobody.asked"));

        Reply reply = talk.say("AMAZON.YesIntent");

        assertThat(reply.speech()).contains("haven't asked you anything");
    }

    @Test
    void questionLeftOpenWithoutItsActivity_shouldNotRecordAnAnswer() {
        talk.launch();
        talk.say("CheckMyBackIntent");
        talk.tamperWithSessionAttribute("activity", TextNode.valueOf("broken"));

        Reply reply = talk.say("AMAZON.YesIntent");

        assertThat(reply.speech()).contains("not in the middle of a self-check");
        assertThat(reply.activity()).isEmpty();
    }

    @Test
    void noWithNothingPending_shouldSayWhatIsPossible() {
        Reply reply = talk.say("AMAZON.NoIntent");

        assertThat(reply.speech()).isNotBlank();
    }

    @Test
    void corruptStepAttribute_shouldFallBackToTheSavedStep() {
        talk.launch();
        talk.say("StartRoutineIntent");
        talk.say("AMAZON.NextIntent");

        talk.tamperWithSessionAttribute("activity", new com.fasterxml.jackson.databind.ObjectMapper()
                .createObjectNode().put("kind", "routine").set("state", new com.fasterxml.jackson.databind.ObjectMapper()
                        .createObjectNode().put("routine", "morning").put("step", 99).put("part", 1)
                        .put("morning", "2026-11-24")));

        assertThat(talk.say("AMAZON.NextIntent").speech()).contains("knee hugs");
    }

    @Test
    void corruptModeAndProfileAttributes_shouldStillAnswerFromTheStore() {
        talk.launch();
        talk.say("StartRoutineIntent");
        talk.say("AMAZON.NextIntent");

        talk.tamperWithSessionAttribute("activity", TextNode.valueOf("DANCING"));
        talk.tamperWithSessionAttribute("profile", TextNode.valueOf("{not a profile"));
        talk.tamperWithSessionAttribute("question", IntNode.valueOf(7));

        Reply reply = talk.say("AMAZON.NextIntent");

        assertThat(reply.speech()).contains("knee hugs");
    }

    @Test
    void malformedJson_shouldBeRefusedWithoutAResponse() {
        assertThatThrownBy(() -> talk.invokeRaw("{not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(Exception.class);
    }
}
