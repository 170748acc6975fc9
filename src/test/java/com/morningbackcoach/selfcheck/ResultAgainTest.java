package com.morningbackcoach.selfcheck;

import com.morningbackcoach.testing.ConversationState;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Asking again for the self-check result in the same session repeats it; across sessions it is gone, by design. */
class ResultAgainTest {

    private final SkillConversation talk = new SkillConversation(
            TestServices.inMemory(MutableClock.at("2026-11-24T07:00:00Z")));

    @Test
    void howDidMyCheckGo_inTheSameSession_shouldSayTheResultAgain() {
        ConversationState.CHECK_7.reach(talk);
        Reply verdict = talk.say("AMAZON.NoIntent");
        talk.say("AMAZON.NoIntent");

        Reply again = talk.say("LastCheckIntent");

        assertThat(verdict.speech()).contains("not a diagnosis");
        assertThat(again.speech()).contains("Here's what your self-check said", "not a diagnosis")
                .doesNotContain("I don't keep self-check answers");
    }

    @Test
    void howDidMyCheckGo_inANewSession_shouldSayAnswersAreNotKept() {
        ConversationState.CHECK_7.reach(talk);
        talk.say("AMAZON.NoIntent");
        talk.launch();

        Reply reply = talk.say("LastCheckIntent");

        assertThat(reply.speech()).contains("I don't keep self-check answers");
    }
}
