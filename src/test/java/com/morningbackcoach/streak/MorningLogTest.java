package com.morningbackcoach.streak;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The weekly goal: mornings counted in the locale's week, the goal's range, eight weeks kept. */
class MorningLogTest {

    /** A Saturday, a Sunday and a Monday in a row. */
    private static final LocalDate SATURDAY = LocalDate.of(2026, 3, 7);
    private static final LocalDate SUNDAY = SATURDAY.plusDays(1);
    private static final LocalDate MONDAY = SATURDAY.plusDays(2);

    @Test
    void theWeek_shouldStartOnSundayInTheUnitedStates_andOnMondayInBritainAndSpain() {
        assertThat(MorningLog.firstDayIn(Locale.forLanguageTag("en-US"))).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(MorningLog.firstDayIn(Locale.forLanguageTag("en-GB"))).isEqualTo(DayOfWeek.MONDAY);
        assertThat(MorningLog.firstDayIn(Locale.forLanguageTag("es-ES"))).isEqualTo(DayOfWeek.MONDAY);
    }

    @Test
    void mornings_shouldCountInTheWeekTheLocaleSees() {
        MorningLog log = MorningLog.NEW.with(SATURDAY.minusDays(1)).with(SATURDAY).with(SUNDAY).with(MONDAY);
        DayOfWeek us = MorningLog.firstDayIn(Locale.forLanguageTag("en-US"));
        DayOfWeek spain = MorningLog.firstDayIn(Locale.forLanguageTag("es-ES"));
        DayOfWeek britain = MorningLog.firstDayIn(Locale.forLanguageTag("en-GB"));
        assertThat(log.doneInWeekOf(MONDAY, us)).as("Sunday and Monday").isEqualTo(2);
        assertThat(log.doneInWeekOf(SATURDAY, us)).as("Friday and Saturday").isEqualTo(2);
        assertThat(log.lastWeek(MONDAY, us)).isEqualTo(2);
        assertThat(log.doneInWeekOf(MONDAY, spain)).as("Monday alone").isEqualTo(1);
        assertThat(log.doneInWeekOf(SUNDAY, britain)).as("Friday to Sunday").isEqualTo(3);
        assertThat(log.lastWeek(MONDAY, britain)).isEqualTo(3);
        assertThat(log.lastWeek(SUNDAY, us)).isEqualTo(2);
    }

    @Test
    void aSeventyDayRun_shouldCountSevenAWeek_andKeepOnlyEightWeeks() {
        MorningLog log = MorningLog.NEW;
        LocalDate first = LocalDate.of(2026, 1, 1);
        for (int day = 0; day < 70; day++) {
            log = log.with(first.plusDays(day));
        }
        LocalDate last = first.plusDays(69);
        assertThat(log.mornings()).hasSize(MorningLog.KEPT_DAYS).startsWith(last.minusDays(55)).endsWith(last);
        assertThat(log.lastWeek(last, DayOfWeek.MONDAY)).isEqualTo(7);
        assertThat(log.goalMetInWeekOf(last.minusWeeks(1), DayOfWeek.SUNDAY)).isTrue();
    }

    @Test
    void aMorningDoneTwice_shouldCountOnce_andOrderShouldNotMatter() {
        MorningLog log = MorningLog.NEW.with(MONDAY).with(SATURDAY).with(MONDAY);
        assertThat(log.mornings()).containsExactly(SATURDAY, MONDAY);
        assertThat(log.isDoneOn(MONDAY)).isTrue();
        assertThat(log.isDoneOn(SUNDAY)).isFalse();
    }

    @Test
    void theGoal_shouldDefaultToFive_andStayWithinThreeToSeven() {
        assertThat(MorningLog.NEW.weeklyGoal()).isEqualTo(5);
        assertThat(MorningLog.NEW.withGoal(4).weeklyGoal()).isEqualTo(4);
        assertThat(MorningLog.isGoal(2)).isFalse();
        assertThat(MorningLog.isGoal(7)).isTrue();
        assertThatThrownBy(() -> MorningLog.NEW.withGoal(8)).isInstanceOf(IllegalArgumentException.class);
        MorningLog three = MorningLog.NEW.withGoal(3).with(MONDAY).with(MONDAY.plusDays(1));
        assertThat(three.goalMetInWeekOf(MONDAY, DayOfWeek.MONDAY)).isFalse();
        assertThat(three.with(MONDAY.plusDays(2)).goalMetInWeekOf(MONDAY, DayOfWeek.MONDAY)).isTrue();
    }

    @Test
    void theWeekSummary_shouldBeDueOncePerWeek_fromTheLocalesFirstDay() {
        MorningLog told = MorningLog.NEW.toldWeekOf(SATURDAY, DayOfWeek.SUNDAY);
        assertThat(told.weekToldOn()).isEqualTo(SATURDAY.minusDays(6));
        assertThat(MorningLog.NEW.weekUntoldOn(SATURDAY, DayOfWeek.SUNDAY)).isTrue();
        assertThat(told.weekUntoldOn(SATURDAY, DayOfWeek.SUNDAY)).isFalse();
        assertThat(told.weekUntoldOn(SUNDAY, DayOfWeek.SUNDAY)).isTrue();
        MorningLog toldMonday = MorningLog.NEW.toldWeekOf(MONDAY.minusDays(7), DayOfWeek.MONDAY);
        assertThat(toldMonday.weekUntoldOn(SUNDAY, DayOfWeek.MONDAY)).isFalse();
        assertThat(toldMonday.weekUntoldOn(MONDAY, DayOfWeek.MONDAY)).isTrue();
        assertThat(List.of(told.with(SUNDAY).weekToldOn())).containsExactly(told.weekToldOn());
    }
}
