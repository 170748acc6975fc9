package com.morningbackcoach.app;

import com.morningbackcoach.testing.ConversationState;
import com.morningbackcoach.testing.ModelFile;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every intent of the model, in every state: a real answer (never the apology), and a reprompt while listening. */
class RepromptTest {

    @ParameterizedTest
    @EnumSource(ConversationState.class)
    void everyIntent_inEveryState_shouldAnswer_andRepromptWheneverTheSessionStaysOpen(ConversationState state) {
        for (String intent : ModelFile.intentNames()) {
            SkillConversation talk = new SkillConversation(TestServices.inMemory(MutableClock.at("2026-11-24T07:00:00Z")));
            state.reach(talk);

            Reply reply = talk.say(intent);

            assertThat(reply.speech()).as("%s in %s", intent, state).isNotBlank().doesNotContain("something went wrong");
            if (!reply.endsSession()) {
                assertThat(reply.hasReprompt()).as("reprompt for %s in %s", intent, state).isTrue();
                assertThat(reply.question()).as("question left open by %s in %s", intent, state).isNotEmpty();
            }
        }
    }
}
