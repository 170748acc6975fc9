package com.morningbackcoach.routine;

import com.morningbackcoach.alexa.SettingsApiZoneLookup;
import com.morningbackcoach.conversation.SkillServices;
import com.morningbackcoach.local.FakeAlexaApi;
import com.morningbackcoach.testing.ConversationState;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.user.InMemoryUserStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Side trips return: a reminder, a timer, the streak or a question asked mid-routine comes back to the routine, in
 * the session or after Alexa's own permission question.
 */
class SideTripsReturnTest {

    private FakeAlexaApi api;
    private SkillConversation talk;

    @BeforeEach
    void start() throws IOException {
        api = FakeAlexaApi.start(ZoneId.of("UTC"));
        talk = SkillConversation.withAlexaApi(SkillServices.builder().store(new InMemoryUserStore())
                .clock(MutableClock.at("2026-11-24T07:00:00Z")).zoneLookup(new SettingsApiZoneLookup()).build(), api);
        ConversationState.ROUTINE_3.reach(talk);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aReminderSetMidRoutine_afterAlexasPermissionQuestion_shouldOfferBackToTheStep() {
        Reply asked = talk.say("SetReminderIntent", Map.of("time", "07:00"));
        assertThat(asked.permissionRequest().isMissingNode()).isFalse();

        Reply answered = talk.answerPermission("ACCEPTED");
        Reply back = talk.say("AMAZON.YesIntent");

        assertThat(answered.speech()).contains("remind you", "Back to step 3?").doesNotContain("See you in the morning");
        assertThat(answered.endsSession()).isFalse();
        assertThat(back.speech()).contains("Step 3 of 5");
    }

    @Test
    void aReminderSetMidRoutine_withThePermission_shouldComeBackToTheStep_inTheSession() {
        api.grant(FakeAlexaApi.REMINDERS_SCOPE);

        Reply reply = talk.say("SetReminderIntent", Map.of("time", "07:00"));

        assertThat(reply.speech()).contains("remind you", "step 3");
        assertThat(reply.endsSession()).isFalse();
        assertThat(reply.activity()).isEqualTo("routine");
    }

    @Test
    void aTimerSetMidRoutine_shouldComeBackToTheStep() {
        api.grant(FakeAlexaApi.TIMERS_SCOPE);

        Reply reply = talk.say("TimerIntent", Map.of("duration", "PT2M"));

        assertThat(reply.speech()).contains("timer", "step 3");
        assertThat(reply.endsSession()).isFalse();
    }

    @Test
    void theStreakAndAQuestionMidRoutine_shouldComeBackToTheStep() {
        Reply streak = talk.say("StreakIntent");
        Reply question = talk.say("WhyDoesMyBackCrackIntent");

        assertThat(streak.speech()).contains("step 3");
        assertThat(streak.question()).isEqualTo("routine.next");
        assertThat(question.speech()).contains("step 3");
    }
}
