package com.morningbackcoach.routine;

import com.morningbackcoach.testing.DynamoDbTestStore;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;

import static com.morningbackcoach.testing.TestStores.stored;
import static org.assertj.core.api.Assertions.assertThat;

class ResumeConversationTest {

    private final DynamoDbTestStore db = new DynamoDbTestStore();
    private final MutableClock clock = MutableClock.at("2026-11-24T07:00:00Z");
    private final SkillConversation talk = new SkillConversation(TestServices.with(db.store(), clock, ZoneId.of("UTC")));

    @BeforeEach
    void leaveOffAtStepThree() {
        talk.afterSafetyNote();
        talk.launch();
        Reply reply = talk.say("StartRoutineIntent");
        while (!reply.speech().contains("Step 3 of 5")) {
            reply = talk.say("AMAZON.NextIntent");
        }
        talk.endSession();
        clock.advance(Duration.ofMinutes(5));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void oneShotNext_afterTimeout_shouldContinueAtTheNextStep() {
        Reply reply = talk.say("AMAZON.NextIntent");

        assertThat(reply.speech()).contains("Step 4 of 5");
    }

    @Test
    void laterLaunchSameDay_shouldOfferStepThree_andYesShouldPickUpThere() {
        Reply offer = talk.launch();

        assertThat(offer.speech()).contains("stopped at step 3");
        assertThat(talk.say("AMAZON.YesIntent").speech()).contains("Step 3 of 5");
        assertThat(talk.say("AMAZON.NextIntent").speech()).contains("Step 4 of 5");
    }

    @Test
    void laterLaunchSameDay_no_shouldKeepThePlace_andOfferTheSelfCheck() {
        talk.launch();

        Reply reply = talk.say("AMAZON.NoIntent");

        assertThat(reply.speech()).contains("keep your place", "start over", "self-check");
        assertThat(reply.question()).isEqualTo("home.check");
        assertThat(stored(db.store(), talk.userId()).savedPlace().position().step()).isEqualTo(3);
    }

    @Test
    void launchNextDay_shouldStartFresh() {
        clock.advance(Duration.ofDays(1));

        Reply greeting = talk.launch();

        assertThat(greeting.speech()).doesNotContain("stopped at step").contains("welcome");
        assertThat(talk.say("AMAZON.YesIntent").speech()).contains("Step 1 of 5");
    }

    @Test
    void oneShotNext_nextDay_shouldStartAtStepOne() {
        clock.advance(Duration.ofDays(1));

        assertThat(talk.say("AMAZON.NextIntent").speech()).contains("Step 1 of 5");
    }

    @Test
    void stopMidRoutine_thenLaunch_shouldOfferToResume() {
        talk.launch();
        talk.say("AMAZON.YesIntent");
        talk.say("AMAZON.NextIntent");
        talk.say("AMAZON.StopIntent");

        assertThat(talk.launch().speech()).contains("stopped at step 4");
    }

    @Test
    void finishedRoutine_shouldLeaveNothingToResume() {
        Reply reply = talk.say("AMAZON.NextIntent");
        while (!reply.endsSession()) {
            reply = talk.say("AMAZON.NextIntent");
        }

        assertThat(talk.launch().speech()).doesNotContain("stopped at step").contains("already done your routine");
        assertThat(stored(db.store(), talk.userId()).savedPlaceIfAny()).isEmpty();
    }
}
