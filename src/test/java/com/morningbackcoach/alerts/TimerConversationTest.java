package com.morningbackcoach.alerts;

import com.morningbackcoach.local.FakeAlexaApi;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import com.morningbackcoach.user.InMemoryUserStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A timer for a hold or a round of core work, through the fake Timers API over real HTTP. */
class TimerConversationTest {

    private final MutableClock clock = MutableClock.at("2026-11-24T07:00:00Z");
    private FakeAlexaApi api;
    private SkillConversation talk;

    @BeforeEach
    void start() throws IOException {
        api = FakeAlexaApi.start(ZoneId.of("UTC"));
        talk = SkillConversation.withAlexaApi(TestServices.with(new InMemoryUserStore(), clock, ZoneId.of("UTC")), api)
                .afterSafetyNote();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private Reply timeMeFor(String duration) {
        return talk.say("TimerIntent", Map.of("duration", duration));
    }

    @Test
    void timeMyCoreForFiveMinutes_inTheRoutine_shouldAskForThePermission_thenStartIt_andOfferBackToTheStep() {
        talk.launch();
        talk.say("StartRoutineIntent");

        Reply asked = timeMeFor("PT5M");
        Reply started = talk.answerPermission("ACCEPTED");

        assertThat(asked.permissionRequest().path("payload").path("permissionScope").asText())
                .isEqualTo(FakeAlexaApi.TIMERS_SCOPE);
        assertThat(started.speech()).contains("timer for 5 minutes is running", "Back to step 1?");
        assertThat(started.question()).isEqualTo("routine.offer.resume");
        assertThat(api.timers()).singleElement().satisfies(timer -> {
            assertThat(timer.duration()).isEqualTo(Duration.ofMinutes(5));
            assertThat(timer.announcement()).isNotBlank();
            assertThat(timer.label()).isEqualTo("Morning Back Coach");
        });
    }

    @Test
    void withPermission_shouldStartAtOnce_andLeaveTheRoutineWhereItWas() {
        api.grant(FakeAlexaApi.TIMERS_SCOPE);
        talk.launch();
        talk.say("StartRoutineIntent");

        Reply started = timeMeFor("PT30S");
        Reply next = talk.say("AMAZON.NextIntent");

        assertThat(started.speech()).contains("timer for 30 seconds", "step 1");
        assertThat(started.endsSession()).as("back to the routine, as after any side trip").isFalse();
        assertThat(next.activity()).as("next goes on with the routine").isEqualTo("routine");
        assertThat(next.question()).isEqualTo("routine.next");
        assertThat(api.timers()).singleElement().extracting(FakeAlexaApi.Timer::duration)
                .isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void noLengthSaid_shouldOfferFiveMinutes_andYesStartsThem() {
        api.grant(FakeAlexaApi.TIMERS_SCOPE);
        talk.launch();

        Reply offer = talk.say("TimerIntent");
        Reply started = talk.say("AMAZON.YesIntent");

        assertThat(offer.speech()).contains("timer for 5 minutes");
        assertThat(offer.question()).isEqualTo("timer.offer");
        assertThat(started.speech()).contains("running");
        assertThat(api.timers()).singleElement().extracting(FakeAlexaApi.Timer::duration)
                .isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aLengthOutOfRange_shouldSayTheRange_andStartNothing() {
        api.grant(FakeAlexaApi.TIMERS_SCOPE);
        talk.launch();

        Reply tooLong = timeMeFor("PT2H");
        Reply tooShort = timeMeFor("PT3S");
        Reply nonsense = timeMeFor("P1Y");

        assertThat(tooLong.speech()).contains("ten seconds to thirty minutes");
        assertThat(tooShort.speech()).contains("ten seconds to thirty minutes");
        assertThat(nonsense.question()).isEqualTo("timer.offer");
        assertThat(api.timers()).isEmpty();
    }

    @Test
    void timersApiDown_shouldSaySo_andKeepTheRoutineGoing() {
        api.grant(FakeAlexaApi.TIMERS_SCOPE);
        talk.launch();
        talk.say("StartRoutineIntent");
        api.failNext(503);

        Reply down = timeMeFor("PT1M");

        assertThat(down.speech()).contains("couldn't reach Alexa's timers");
        assertThat(down.activity()).isEqualTo("routine");
        assertThat(down.endsSession()).isFalse();
    }

    @Test
    void permissionDenied_shouldStartNothing() {
        talk.launch();
        timeMeFor("PT1M");

        Reply denied = talk.answerPermission("DENIED");

        assertThat(denied.speech()).contains("no timer");
        assertThat(api.timers()).isEmpty();
    }
}
