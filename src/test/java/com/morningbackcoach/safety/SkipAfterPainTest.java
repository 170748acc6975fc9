package com.morningbackcoach.safety;

import com.morningbackcoach.testing.ConversationState;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** "Skip" after pain skips the move that hurt, not every move left in its step. */
class SkipAfterPainTest {

    private final SkillConversation talk = new SkillConversation(
            TestServices.inMemory(MutableClock.at("2026-11-24T07:00:00Z")));

    @Test
    void painAtAStretchOfStepFour_thenSkip_shouldGoOnToTheNextStretch_notToStepFive() {
        ConversationState.ROUTINE_3.reach(talk);
        Reply reply = talk.say("AMAZON.NextIntent");
        while (reply.activityState().path("step").asInt() < 4) {
            reply = talk.say("AMAZON.NextIntent");
        }
        reply = talk.say("AMAZON.NextIntent");
        assertThat(reply.activityState().path("step").asInt()).as("a stretch of step 4").isEqualTo(4);
        int part = reply.activityState().path("part").asInt();

        talk.say("PainIntent");
        Reply offer = talk.say("AMAZON.NoIntent");
        Reply skipped = talk.say("AMAZON.YesIntent");

        assertThat(offer.speech()).contains("skip that move");
        assertThat(skipped.speech()).contains("leave that move out").doesNotContain("Step 5 of 5");
        assertThat(skipped.activityState().path("step").asInt()).isEqualTo(4);
        assertThat(skipped.activityState().path("part").asInt()).isEqualTo(part + 1);
    }

    @Test
    void painAtTheLastMoveOfAStep_thenSkip_shouldGoOnToTheNextStep() {
        ConversationState.ROUTINE_1.reach(talk);

        talk.say("PainIntent");
        talk.say("AMAZON.NoIntent");
        Reply skipped = talk.say("AMAZON.YesIntent");

        assertThat(skipped.activityState().path("step").asInt()).isEqualTo(2);
        assertThat(skipped.speech()).contains("Step 2 of 5");
    }
}
