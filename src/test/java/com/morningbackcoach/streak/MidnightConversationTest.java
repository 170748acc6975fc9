package com.morningbackcoach.streak;

import com.morningbackcoach.testing.DynamoDbTestStore;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import com.morningbackcoach.testing.TestStores;
import com.morningbackcoach.user.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** Midnight never splits a morning nor counts one twice; the request's own timestamp is the clock of the turn. */
class MidnightConversationTest {

    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private final DynamoDbTestStore db = new DynamoDbTestStore();
    private final MutableClock clock = MutableClock.at("2026-11-23T15:00:00Z");
    private final SkillConversation talk = new SkillConversation(TestServices.with(db.store(), clock, LOS_ANGELES));

    @AfterEach
    void close() {
        db.close();
    }

    private Instant local(String dateTime) {
        return java.time.LocalDateTime.parse(dateTime).atZone(LOS_ANGELES).toInstant();
    }

    private Reply runRoutine(String startedAt, Duration perPart) {
        clock.set(local(startedAt));
        talk.afterSafetyNote();
        talk.launch();
        Reply reply = talk.say("AMAZON.StartOverIntent");
        for (int turn = 0; !reply.endsSession(); turn++) {
            assertThat(turn).as("turns to finish").isLessThan(30);
            clock.advance(perPart);
            reply = talk.say("AMAZON.NextIntent");
        }
        return reply;
    }

    private UserProfile stored() {
        return TestStores.stored(db.store(), talk.userId());
    }

    @Test
    void routineStartedBeforeMidnight_finishedAfter_shouldCountForTheDayItStarted_andContinueTheStreak() {
        runRoutine("2026-11-23T07:00:00", Duration.ofMinutes(2));

        Reply finished = runRoutine("2026-11-24T23:59:35", Duration.ofSeconds(6));

        assertThat(clock.instant()).isAfter(local("2026-11-25T00:00:00"));
        assertThat(finished.speech()).contains("2 mornings in a row");
        assertThat(stored().streak().lastMorning()).isEqualTo(LocalDate.parse("2026-11-24"));
    }

    @Test
    void twoCompletionsThirtySecondsApartAroundMidnight_shouldCountOneMorning() {
        runRoutine("2026-11-23T07:00:00", Duration.ofMinutes(2));
        runRoutine("2026-11-24T23:54:00", Duration.ofSeconds(20));
        assertThat(clock.instant()).isBefore(local("2026-11-25T00:00:00"));
        int totalBefore = stored().streak().total();

        runRoutine("2026-11-25T00:00:10", Duration.ofSeconds(1));

        assertThat(stored().streak().total()).isEqualTo(totalBefore);
        assertThat(stored().streak().current()).isEqualTo(2);
    }

    @Test
    void placeKeptJustBeforeMidnight_shouldStillBeOfferedJustAfter() {
        clock.set(local("2026-11-24T23:55:00"));
        talk.afterSafetyNote();
        talk.launch();
        talk.say("AMAZON.StartOverIntent");
        talk.say("AMAZON.NextIntent");
        talk.say("AMAZON.StopIntent");
        clock.set(local("2026-11-25T00:10:00"));

        assertThat(talk.launch().speech()).contains("stopped at step 2");
    }

    @Test
    void requestTimestamp_shouldBeTheClockOfTheTurn() {
        runRoutine("2026-11-23T07:00:00", Duration.ofMinutes(2));
        clock.set(local("2026-11-25T00:01:00"));
        talk.stampRequestsAt(local("2026-11-24T23:59:00"));

        talk.launch();

        assertThat(talk.say("StreakIntent").speech()).contains("one morning streak");
        talk.stampRequestsAt(null);
    }

    @Test
    void requestTimestampFarFromTheClock_shouldNotBeTrusted() {
        runRoutine("2026-11-23T07:00:00", Duration.ofMinutes(2));
        clock.set(local("2026-11-23T09:00:00"));
        talk.stampRequestsAt(local("2026-12-30T09:00:00"));

        talk.launch();

        assertThat(talk.say("StreakIntent").speech()).contains("one morning streak");
        talk.stampRequestsAt(null);
    }
}
