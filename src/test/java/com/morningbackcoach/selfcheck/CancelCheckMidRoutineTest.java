package com.morningbackcoach.selfcheck;

import com.morningbackcoach.testing.ConversationState;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** "Cancel" in a self-check started mid-routine goes back to the routine, not out of the skill. */
class CancelCheckMidRoutineTest {

    private final SkillConversation talk = new SkillConversation(
            TestServices.inMemory(MutableClock.at("2026-11-24T07:00:00Z")));

    @Test
    void cancel_inACheckStartedMidRoutine_shouldGoBackToTheStep_withNothingRecorded() {
        ConversationState.ROUTINE_3.reach(talk);
        talk.say("CheckMyBackIntent");
        talk.say("AMAZON.YesIntent");

        Reply back = talk.say("AMAZON.CancelIntent");

        assertThat(back.speech()).contains("set the self-check aside", "step 3");
        assertThat(back.endsSession()).isFalse();
        assertThat(back.activity()).isEqualTo("routine");
        assertThat(back.activityState().path("step").asInt()).isEqualTo(3);
        assertThat(talk.checkAnswers()).isEmpty();
    }

    @Test
    void cancel_inACheckStartedAtTheMenu_shouldStillEndTheCheck() {
        ConversationState.CHECK_1.reach(talk);

        Reply reply = talk.say("AMAZON.CancelIntent");

        assertThat(reply.speech()).contains("stopped the self-check");
        assertThat(reply.endsSession()).isTrue();
    }
}
