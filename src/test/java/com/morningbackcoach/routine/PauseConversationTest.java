package com.morningbackcoach.routine;

import com.morningbackcoach.testing.ConversationState;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** "Wait", "hold on", "un momento" in the routine keep the place and say how to come back, now or later. */
class PauseConversationTest {

    private final SkillConversation talk = new SkillConversation(
            TestServices.inMemory(MutableClock.at("2026-11-24T07:00:00Z")));

    @Test
    void wait_midRoutine_shouldKeepThePlace_andSayHowToComeBack_nowAndAfterTheSessionCloses() {
        ConversationState.ROUTINE_3.reach(talk);
        int part = talk.lastReply().activityState().path("part").asInt();

        Reply paused = talk.say("AMAZON.PauseIntent");

        assertThat(paused.speech()).contains("I'll wait", "step 3", "Say continue when you're ready",
                "Alexa, ask Morning Back Coach to pick up where I left off");
        assertThat(paused.question()).isEqualTo("routine.paused").isNotEqualTo("timer.offer");
        assertThat(paused.activityState().path("step").asInt()).isEqualTo(3);
        assertThat(paused.activityState().path("part").asInt()).isEqualTo(part);
    }

    @Test
    void continue_afterAPause_shouldLeadThePausedPartAgain() {
        ConversationState.ROUTINE_3.reach(talk);
        int part = talk.lastReply().activityState().path("part").asInt();
        talk.say("AMAZON.PauseIntent");

        Reply resumed = talk.say("AMAZON.NextIntent");

        assertThat(resumed.speech()).contains("Step 3 of 5");
        assertThat(resumed.activityState().path("step").asInt()).isEqualTo(3);
        assertThat(resumed.activityState().path("part").asInt()).isEqualTo(part);
    }

    @Test
    void pickUpWhereILeftOff_inANewSession_shouldLeadThePausedPart() {
        ConversationState.ROUTINE_3.reach(talk);
        talk.say("AMAZON.PauseIntent");
        talk.endSession();

        Reply resumed = talk.say("AMAZON.ResumeIntent");

        assertThat(resumed.speech()).contains("Step 3 of 5");
        assertThat(resumed.activityState().path("step").asInt()).isEqualTo(3);
    }

    @Test
    void unMomento_inSpanish_shouldKeepThePlace_andSayHowToComeBack() {
        ConversationState.ROUTINE_3.reach(talk);
        talk.inLocale("es-MX");

        Reply paused = talk.say("AMAZON.PauseIntent");

        assertThat(paused.speech()).contains("te espero", "paso 3", "Di continúa",
                "pídele a entrenador de espalda que siga donde me quedé");
    }

    @Test
    void wait_inTheSelfCheck_shouldKeepTheQuestionOpen() {
        ConversationState.CHECK_1.reach(talk);

        Reply reply = talk.say("AMAZON.PauseIntent");

        assertThat(reply.speech()).contains("take your time");
        assertThat(reply.question()).isEqualTo("check.answer");
        assertThat(talk.checkAnswers()).isEmpty();
    }
}
