package com.morningbackcoach.streak;

import com.morningbackcoach.testing.DynamoDbTestStore;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static com.morningbackcoach.testing.TestStores.stored;
import static org.assertj.core.api.Assertions.assertThat;

class StreakConversationTest {

    private final DynamoDbTestStore db = new DynamoDbTestStore();
    private final MutableClock clock = MutableClock.at("2026-11-24T07:00:00Z");

    @AfterEach
    void close() {
        db.close();
    }

    private SkillConversation userIn(String zone) {
        return new SkillConversation(TestServices.with(db.store(), clock, ZoneId.of(zone)));
    }

    private void localTime(String zone, String dateTime) {
        clock.set(LocalDateTime.parse(dateTime).atZone(ZoneId.of(zone)).toInstant());
    }

    @Test
    void consecutiveMornings_shouldCountUp_andSkippedDayShouldRestart_keepingTheBest() {
        SkillConversation talk = userIn("UTC");

        assertThat(talk.completeRoutine().speech()).contains("first morning");
        clock.set(Instant.parse("2026-11-25T07:30:00Z"));
        assertThat(talk.completeRoutine().speech()).contains("2 mornings in a row");
        clock.set(Instant.parse("2026-11-27T06:45:00Z"));
        assertThat(talk.completeRoutine().speech()).contains("day one of a new streak", "best run so far is 2");

        talk.launch();
        assertThat(talk.say("StreakIntent").speech()).contains("one morning streak", "best run is 2", "3 times");
    }

    @Test
    void secondCompletionSameDay_shouldNotCountTwice() {
        SkillConversation talk = userIn("UTC");
        talk.completeRoutine();
        clock.set(Instant.parse("2026-11-24T19:00:00Z"));

        talk.completeRoutine();

        assertThat(stored(db.store(), talk.userId()).streak().total()).isEqualTo(1);
    }

    @Test
    void lateEveningAndNextMorning_inTheUsersZone_shouldBeTwoDays_evenOnOneUtcDay() {
        SkillConversation talk = userIn("America/Los_Angeles");
        localTime("America/Los_Angeles", "2026-11-24T22:30");
        talk.completeRoutine();
        localTime("America/Los_Angeles", "2026-11-25T07:00");

        assertThat(talk.completeRoutine().speech()).contains("2 mornings in a row");
    }

    @Test
    void twoMorningsOnOneLocalDay_acrossUtcMidnight_shouldCountOnce() {
        SkillConversation talk = userIn("Pacific/Auckland");
        localTime("Pacific/Auckland", "2026-11-25T06:00");
        talk.completeRoutine();
        localTime("Pacific/Auckland", "2026-11-25T20:00");

        talk.completeRoutine();

        assertThat(stored(db.store(), talk.userId()).streak().total()).isEqualTo(1);
    }

    @Test
    void acrossTheSpringDstChange_shouldStillBeConsecutive() {
        SkillConversation talk = userIn("Europe/Berlin");
        localTime("Europe/Berlin", "2027-03-27T07:00");
        talk.completeRoutine();
        localTime("Europe/Berlin", "2027-03-28T07:00");
        talk.completeRoutine();
        localTime("Europe/Berlin", "2027-03-29T06:30");

        assertThat(talk.completeRoutine().speech()).contains("Three days running");
    }

    @Test
    void acrossTheAutumnDstChange_lateEveningThenEarlyMorning_shouldBeConsecutive() {
        SkillConversation talk = userIn("America/New_York");
        localTime("America/New_York", "2026-10-31T23:30");
        talk.completeRoutine();
        localTime("America/New_York", "2026-11-01T06:00");

        assertThat(talk.completeRoutine().speech()).contains("2 mornings in a row");
    }

    @Test
    void launch_returningUser_shouldMentionTheStreak() {
        SkillConversation talk = userIn("UTC");
        talk.completeRoutine();
        clock.set(Instant.parse("2026-11-25T07:00:00Z"));
        talk.completeRoutine();
        clock.set(Instant.parse("2026-11-26T07:00:00Z"));

        assertThat(talk.launch().speech()).contains("2 morning streak", "2 of 5 so far this week");
    }
}
