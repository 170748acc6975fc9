package com.morningbackcoach.routine;

import com.morningbackcoach.testing.ConversationState;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** "How much longer" answers in minutes, and for a held stretch, how long each hold is. */
class HowMuchLongerTest {

    private static final Pattern MINUTES = Pattern.compile("About (\\d+) minutes to go");

    private final SkillConversation talk = new SkillConversation(
            TestServices.inMemory(MutableClock.at("2026-11-24T07:00:00Z")));

    private int minutesToGo(Reply reply) {
        Matcher matcher = MINUTES.matcher(reply.speech());
        assertThat(matcher.find()).as(reply.speech()).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    @Test
    void howMuchLonger_shouldAnswerInMinutes_fewerAsTheRoutineGoesOn_andKeepThePlace() {
        ConversationState.ROUTINE_1.reach(talk);
        int atStepOne = minutesToGo(talk.say("StepsLeftIntent"));
        talk.say("AMAZON.NextIntent");
        talk.say("AMAZON.NextIntent");
        talk.say("AMAZON.NextIntent");
        talk.say("AMAZON.NextIntent");
        Reply later = talk.say("StepsLeftIntent");

        assertThat(atStepOne).isGreaterThan(minutesToGo(later)).isLessThan(40);
        assertThat(later.question()).isEqualTo("routine.next");
    }

    @Test
    void howMuchLonger_atAHeldStretch_shouldSayHowLongEachHoldIs() {
        ConversationState.ROUTINE_3.reach(talk);
        Reply reply = talk.say("AMAZON.NextIntent");
        while (reply.activityState().path("step").asInt() < 4) {
            reply = talk.say("AMAZON.NextIntent");
        }
        reply = talk.say("AMAZON.NextIntent");

        Reply answer = talk.say("StepsLeftIntent");

        assertThat(answer.speech()).containsPattern("Each hold here is about \\d+ seconds");
    }
}
