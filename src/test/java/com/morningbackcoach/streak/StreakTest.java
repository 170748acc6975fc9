package com.morningbackcoach.streak;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class StreakTest {

    private static Streak completed(String... days) {
        Streak streak = Streak.none();
        for (String day : days) {
            streak = streak.completedOn(LocalDate.parse(day), morningOf(day));
        }
        return streak;
    }

    private static Instant morningOf(String day) {
        return Instant.parse(day + "T07:00:00Z");
    }

    @Test
    void firstMorning_shouldStartARunOfOne() {
        assertThat(completed("2026-11-24")).isEqualTo(
                new Streak(1, 1, 1, LocalDate.parse("2026-11-24"), morningOf("2026-11-24")));
    }

    @Test
    void routineStartedBeforeMidnight_finishedAfter_shouldCountForTheDayItStarted() {
        Streak yesterday = completed("2026-11-23");

        Streak streak = yesterday.completedOn(LocalDate.parse("2026-11-24"), Instant.parse("2026-11-25T00:00:03Z"));

        assertThat(streak.current()).isEqualTo(2);
        assertThat(streak.lastMorning()).isEqualTo(LocalDate.parse("2026-11-24"));
    }

    @Test
    void twoCompletionsAroundMidnight_secondsApart_shouldCountOnce() {
        Streak first = completed("2026-11-23").completedOn(LocalDate.parse("2026-11-24"),
                Instant.parse("2026-11-24T23:59:50Z"));

        Streak second = first.completedOn(LocalDate.parse("2026-11-25"), Instant.parse("2026-11-25T00:00:20Z"));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void nextMorning_afterALateNightCompletion_shouldCount() {
        Streak lateNight = completed("2026-11-23").completedOn(LocalDate.parse("2026-11-24"),
                Instant.parse("2026-11-24T23:30:00Z"));

        Streak nextMorning = lateNight.completedOn(LocalDate.parse("2026-11-25"), Instant.parse("2026-11-25T07:00:00Z"));

        assertThat(nextMorning.current()).isEqualTo(3);
    }

    @ParameterizedTest
    @CsvSource({"-1, 0, 0", "2, 1, 2", "1, 1, 0", "3, 5, 4"})
    void inconsistentCounts_shouldBeRefused(int current, int best, int total) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Streak(current, best, total,
                LocalDate.parse("2026-11-24"), null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void consecutiveDays_shouldGrowTheRun() {
        assertThat(completed("2026-11-24", "2026-11-25", "2026-11-26").current()).isEqualTo(3);
    }

    @Test
    void secondCompletion_sameDay_shouldCountOnce() {
        assertThat(completed("2026-11-24", "2026-11-24")).isEqualTo(completed("2026-11-24"));
    }

    @ParameterizedTest
    @CsvSource({"2026-11-30, 2026-12-01", "2026-12-31, 2027-01-01", "2028-02-28, 2028-02-29", "2028-02-29, 2028-03-01",
            "2027-02-28, 2027-03-01"})
    void acrossMonthAndYearEnds_shouldContinueTheRun(String day, String nextDay) {
        assertThat(completed(day, nextDay).current()).isEqualTo(2);
    }

    @Test
    void skippedDay_shouldStartANewRun_andKeepTheBest() {
        Streak streak = completed("2026-11-24", "2026-11-25", "2026-11-27");

        assertThat(streak.current()).isEqualTo(1);
        assertThat(streak.best()).isEqualTo(2);
        assertThat(streak.total()).isEqualTo(3);
    }

    @Test
    void earlierDayThanTheLastMorning_shouldChangeNothing() {
        Streak streak = completed("2026-11-24", "2026-11-25");

        assertThat(streak.completedOn(LocalDate.parse("2026-11-24"), morningOf("2026-11-26"))).isEqualTo(streak);
    }

    @Test
    void currentOn_shouldHoldUntilTheEndOfTheNextDay_thenDropToZero() {
        Streak streak = completed("2026-11-24", "2026-11-25");

        assertThat(streak.currentOn(LocalDate.parse("2026-11-25"))).isEqualTo(2);
        assertThat(streak.currentOn(LocalDate.parse("2026-11-26"))).isEqualTo(2);
        assertThat(streak.currentOn(LocalDate.parse("2026-11-27"))).isZero();
        assertThat(Streak.none().currentOn(LocalDate.parse("2026-11-27"))).isZero();
    }

    @Test
    void milestones_shouldBeNamedOnTheirDaysOnly() {
        LocalDate start = LocalDate.parse("2026-01-01");
        Streak streak = Streak.none();
        for (int day = 1; day <= 100; day++) {
            LocalDate morning = start.plusDays(day - 1);
            streak = streak.completedOn(morning, morningOf(morning.toString()));
            boolean milestone = Streak.MILESTONES.contains(day);
            assertThat(streak.milestone().isPresent()).as("day %d", day).isEqualTo(milestone);
        }
        assertThat(streak.milestone()).contains(100);
    }
}
