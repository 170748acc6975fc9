package com.morningbackcoach.conversation;

import com.morningbackcoach.testing.ConversationState;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.morningbackcoach.testing.TestStores.stored;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Yes/no questions take the natural go-on words ("next", "done", "ready", "let's go" are heard as next) as their
 * natural default, and "the gentle one please" answers the safety note.
 */
class GoOnWordsTest {

    private final SkillServices services = TestServices.inMemory(MutableClock.at("2026-11-24T07:00:00Z"));
    private final SkillConversation talk = new SkillConversation(services);

    @Test
    void next_atTheSafetyNote_shouldTakeTheStandardVersion_andStartStepOne() {
        ConversationState.SAFETY_NOTE.reach(talk);

        Reply reply = talk.say("AMAZON.NextIntent");

        assertThat(reply.speech()).contains("the standard version", "Step 1 of 5").doesNotContain("Say yes or no");
        assertThat(reply.activity()).isEqualTo("routine");
        assertThat(stored(services.store(), talk.userId()).settings().gentle()).isFalse();
    }

    @Test
    void theGentleOnePlease_atTheSafetyNote_shouldChooseIt_andStartStepOne() {
        ConversationState.SAFETY_NOTE.reach(talk);

        Reply reply = talk.say("AdjustRoutineIntent", Map.of("change", "the gentle one please|GENTLE"));

        assertThat(reply.speech()).contains("gentle version", "Step 1 of 5").doesNotContain("safety note");
        assertThat(reply.activity()).isEqualTo("routine");
        assertThat(stored(services.store(), talk.userId()).settings().gentle()).isTrue();
        assertThat(stored(services.store(), talk.userId()).settings().safetyNoteGiven()).isTrue();
    }

    @Test
    void siguiente_atTheSafetyNote_inSpanish_shouldStartStepOne() {
        ConversationState.SAFETY_NOTE.reach(talk);
        talk.inLocale("es-US");

        Reply reply = talk.say("AMAZON.NextIntent");

        assertThat(reply.speech()).contains("versión normal", "Paso 1 de 5");
    }

    @Test
    void next_atTheResumeOffer_shouldPickUpWhereTheUserStopped() {
        ConversationState.RESUME_OFFER.reach(talk);

        Reply reply = talk.say("AMAZON.NextIntent");

        assertThat(reply.speech()).contains("Step 3 of 5");
        assertThat(reply.activityState().path("step").asInt()).isEqualTo(3);
    }

    @Test
    void next_atATimerOffer_shouldGoOnWithoutATimer() {
        ConversationState.ROUTINE_3.reach(talk);
        Reply offer = talk.say("TimerIntent");
        assertThat(offer.question()).isEqualTo("timer.offer");

        Reply reply = talk.say("AMAZON.NextIntent");

        assertThat(reply.question()).isNotEqualTo("timer.offer");
        assertThat(reply.speech()).contains("step 3");
    }
}
