package com.morningbackcoach.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import com.morningbackcoach.testing.ConversationState;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question is never asked a third time in a row: for every sequence of four yes, no, next, help and not-understood
 * from every state, no question is left open three replies running at the same place; the skill takes the safe
 * default and says so.
 */
class NeverAskedThreeTimesTest {

    private static final List<String> WORDS = List.of(Intents.YES, Intents.NO, Intents.NEXT, Intents.HELP,
            Intents.FALLBACK);
    private static final int LENGTH = 4;

    /** What makes two replies the same question asked again: the question and the place in the activity. */
    private record Asked(String question, String activity, JsonNode state) {
        static Asked of(Reply reply) {
            return new Asked(reply.question(), reply.activity(), reply.activityState());
        }
    }

    @ParameterizedTest
    @EnumSource(ConversationState.class)
    void noQuestion_shouldBeAskedThreeTimesInARow_forAnySequenceOfFour(ConversationState state) {
        List<String> repeated = new ArrayList<>();
        int sequences = (int) Math.pow(WORDS.size(), LENGTH);
        for (int n = 0; n < sequences; n++) {
            List<String> said = sequence(n);
            SkillConversation talk = new SkillConversation(TestServices.inMemory(
                    MutableClock.at("2026-11-24T07:00:00Z")));
            state.reach(talk);
            List<Asked> asked = new ArrayList<>();
            if (talk.inSession()) {
                asked.add(Asked.of(talk.lastReply()));
            }
            for (String intent : said) {
                Reply reply = talk.say(intent);
                if (reply.endsSession()) {
                    break;
                }
                asked.add(Asked.of(reply));
            }
            for (int i = 2; i < asked.size(); i++) {
                if (asked.get(i).equals(asked.get(i - 1)) && asked.get(i).equals(asked.get(i - 2))) {
                    repeated.add(state + " " + said + ": " + asked.get(i).question());
                    break;
                }
            }
        }
        assertThat(repeated).isEmpty();
    }

    @Test
    void theThirdTime_atTheSafetyNote_shouldTakeTheGentleVersion_andSaySo() {
        SkillConversation talk = new SkillConversation(TestServices.inMemory(MutableClock.at("2026-11-24T07:00:00Z")));
        ConversationState.SAFETY_NOTE.reach(talk);

        talk.say(Intents.FALLBACK);
        Reply third = talk.say(Intents.HELP);

        assertThat(third.speech()).contains("gentle version, the safer choice", "Step 1 of 5");
    }

    @Test
    void theThirdTime_atTheMenu_shouldTakeItAsNo_andSaySo() {
        SkillConversation talk = new SkillConversation(TestServices.inMemory(MutableClock.at("2026-11-24T07:00:00Z")));
        ConversationState.MENU.reach(talk);

        talk.say(Intents.FALLBACK);
        Reply third = talk.say(Intents.FALLBACK);

        assertThat(third.speech()).contains("I'll take that as a no for now", "self-check");
        assertThat(third.question()).isEqualTo("home.check");
    }

    @Test
    void twoQuestionsItCannotAnswer_atTheMenu_shouldNotAskTheOfferAThirdTime() {
        SkillConversation talk = new SkillConversation(TestServices.inMemory(MutableClock.at("2026-11-24T07:00:00Z")));
        ConversationState.MENU.reach(talk);

        talk.say("AskQuestionIntent", java.util.Map.of("topic", "mumble"));
        Reply third = talk.say("AskQuestionIntent", java.util.Map.of("topic", "mumble mumble"));

        assertThat(third.speech()).contains("I'll take that as a no for now");
        assertThat(third.question()).isEqualTo("home.check");
    }

    @Test
    void theThirdTime_atAStep_shouldPause_keepingThePlace() {
        SkillConversation talk = new SkillConversation(TestServices.inMemory(MutableClock.at("2026-11-24T07:00:00Z")));
        ConversationState.ROUTINE_3.reach(talk);

        talk.say(Intents.NO);
        Reply third = talk.say(Intents.NO);

        assertThat(third.speech()).contains("I'll wait", "step 3", "Say continue");
        assertThat(third.question()).isEqualTo("routine.paused");
    }

    private static List<String> sequence(int n) {
        List<String> said = new ArrayList<>();
        for (int i = 0, rest = n; i < LENGTH; i++, rest /= WORDS.size()) {
            said.add(WORDS.get(rest % WORDS.size()));
        }
        return said;
    }
}
