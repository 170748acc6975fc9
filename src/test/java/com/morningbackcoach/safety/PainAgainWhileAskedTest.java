package com.morningbackcoach.safety;

import com.morningbackcoach.testing.ConversationState;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Pain said again while the warning signs are asked about is taken as a warning sign, never the same question again. */
class PainAgainWhileAskedTest {

    private final SkillConversation talk = new SkillConversation(
            TestServices.inMemory(MutableClock.at("2026-11-24T07:00:00Z")));

    @Test
    void plainPainAgain_atTheWarningQuestion_shouldBeTakenAsAWarningSign_andRestTheRoutine() {
        ConversationState.ROUTINE_1.reach(talk);

        Reply asked = talk.say("PainIntent");
        Reply again = talk.say("PainIntent");

        assertThat(asked.speech()).contains("shoot or spread");
        assertThat(again.speech()).startsWith("Stop that movement now").contains("treat it as a warning sign")
                .doesNotContain("shoot or spread");
    }

    @Test
    void plainPain_afterTheWarningQuestionWasAnswered_shouldAskItAgain() {
        ConversationState.ROUTINE_1.reach(talk);

        talk.say("PainIntent");
        talk.say("AMAZON.NoIntent");
        Reply later = talk.say("PainIntent");

        assertThat(later.speech()).contains("shoot or spread");
    }
}
