package com.morningbackcoach.app;

import com.morningbackcoach.testing.ModelFile;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class RepromptTest {

    /** The states a session can be in when the next intent arrives. */
    enum State {
        ONE_SHOT(talk -> { }),
        MENU(SkillConversation::launch),
        MID_ROUTINE(talk -> {
            talk.launch();
            talk.say("StartRoutineIntent");
            talk.say("AMAZON.NextIntent");
        }),
        LAST_STEP(talk -> {
            talk.say("StartRoutineIntent");
            for (int i = 0; i < 4; i++) {
                talk.say("AMAZON.NextIntent");
            }
        }),
        MID_CHECK(talk -> {
            talk.launch();
            talk.say("CheckMyBackIntent");
            talk.say("AMAZON.YesIntent");
        }),
        DELETE_CONFIRMATION(talk -> {
            talk.launch();
            talk.say("DeleteMyDataIntent");
        });

        private final Consumer<SkillConversation> reach;

        State(Consumer<SkillConversation> reach) {
            this.reach = reach;
        }
    }

    @ParameterizedTest
    @EnumSource(State.class)
    void everyIntent_inEveryState_shouldRepromptWheneverTheSessionStaysOpen(State state) {
        for (String intent : ModelFile.intentNames()) {
            SkillConversation talk = new SkillConversation(TestServices.inMemory(MutableClock.at("2026-11-24T07:00:00Z")));
            state.reach.accept(talk);

            Reply reply = talk.say(intent);

            assertThat(reply.speech()).as("%s in %s", intent, state).isNotBlank();
            if (!reply.endsSession()) {
                assertThat(reply.hasReprompt()).as("reprompt for %s in %s", intent, state).isTrue();
            }
        }
    }
}
