package com.morningbackcoach.routine;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The coach's rules, one at a time: level changes, breaks, the offer, the question, how much is said. */
class CoachPlanTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private static List<LocalDate> daysBefore(LocalDate today, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(today::minusDays).toList();
    }

    private static CoachPlan plan(Progress progress, List<LocalDate> completed, LocalDate today) {
        return CoachPlan.today(progress, completed, RoutineSettings.DEFAULT, DayMode.NORMAL, today);
    }

    @Test
    void progress_shouldMoveOneLevelAtATime_withinOneToFour_andRecordTheDay() {
        Progress two = Progress.NEW.harder(DAY);
        assertThat(two).isEqualTo(new Progress(2, DAY, null, null));
        assertThat(two.harder(DAY).harder(DAY).harder(DAY).level()).isEqualTo(Progress.TOP);
        assertThat(two.easier(DAY.plusDays(1))).isEqualTo(new Progress(1, DAY.plusDays(1), null, null));
        assertThat(Progress.NEW.easier(DAY).level()).isEqualTo(Progress.FIRST);
        assertThat(Progress.NEW.at(9, DAY).level()).isEqualTo(4);
        assertThat(two.restartedOn(DAY.plusDays(3))).isEqualTo(new Progress(2, DAY.plusDays(3), null, null));
        assertThat(two.askedOn(DAY).declinedOn(DAY.plusDays(1)))
                .isEqualTo(new Progress(2, DAY, DAY, DAY.plusDays(1)));
        assertThatThrownBy(() -> new Progress(0, null, null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void morning_shouldCountDistinctCompletedDaysBeforeToday() {
        List<LocalDate> completed = new ArrayList<>(daysBefore(DAY, 4));
        completed.add(DAY);
        completed.add(DAY.minusDays(2));
        assertThat(plan(Progress.NEW, completed, DAY).morning()).isEqualTo(5);
        assertThat(plan(Progress.NEW, List.of(), DAY).morning()).isEqualTo(1);
    }

    @Test
    void aStepUp_shouldBeOffered_afterThreeCompletedMorningsAtTheLevel_andNotBefore() {
        Progress two = new Progress(2, DAY.minusDays(3), null, null);
        assertThat(plan(two, daysBefore(DAY, 2), DAY).offerStepUp()).isFalse();
        assertThat(plan(two, daysBefore(DAY, 3), DAY).offerStepUp()).isTrue();
        Progress setYesterday = new Progress(2, DAY.minusDays(1), null, null);
        assertThat(plan(setYesterday, daysBefore(DAY, 5), DAY).offerStepUp()).isFalse();
    }

    @Test
    void aStepUp_shouldNotBeOffered_atTheTop_onABadBackDay_orSoonAfterADecline() {
        List<LocalDate> many = daysBefore(DAY, 6);
        assertThat(plan(new Progress(4, null, null, null), many, DAY).offerStepUp()).isFalse();
        assertThat(CoachPlan.today(Progress.NEW, many, RoutineSettings.DEFAULT, DayMode.BAD_BACK_DAY, DAY)
                .offerStepUp()).isFalse();
        Progress declined = Progress.NEW.declinedOn(DAY.minusDays(3));
        assertThat(plan(declined, many, DAY).offerStepUp()).as("two mornings since the no").isFalse();
        assertThat(plan(declined, many, DAY.plusDays(1)).offerStepUp()).as("three mornings since the no")
                .isFalse();
        List<LocalDate> withToday = new ArrayList<>(many);
        withToday.add(DAY);
        assertThat(plan(declined, withToday, DAY.plusDays(1)).offerStepUp()).isTrue();
    }

    @Test
    void aWeekAway_shouldResumeOneLevelLower_once() {
        Progress three = new Progress(3, DAY.minusDays(20), null, null);
        List<LocalDate> lastBefore = List.of(DAY.minusDays(8), DAY.minusDays(7));
        CoachPlan back = plan(three, lastBefore, DAY);
        assertThat(back.change()).isEqualTo(LevelChange.LOWER_AFTER_BREAK);
        assertThat(back.progress()).isEqualTo(new Progress(2, DAY, null, null));
        assertThat(back.depth()).isEqualTo(Depth.FULL);
        CoachPlan nextDay = plan(back.progress(), lastBefore, DAY.plusDays(1));
        assertThat(nextDay.level()).as("lowered once, not again the day after").isEqualTo(2);
        assertThat(nextDay.change()).isEqualTo(LevelChange.NONE);
        assertThat(plan(three, List.of(DAY.minusDays(6)), DAY).change()).isEqualTo(LevelChange.NONE);
        assertThat(plan(Progress.NEW, List.of(DAY.minusDays(30)), DAY).change()).isEqualTo(LevelChange.NONE);
    }

    @Test
    void howItFelt_shouldBeAskedFromTheThirdMorningAtALevel_onceALevel_neverTwoMorningsRunning() {
        Progress two = new Progress(2, DAY.minusDays(2), null, null);
        List<LocalDate> twoDone = daysBefore(DAY, 2);
        assertThat(plan(two, twoDone, DAY).askHowItFeltAfter()).isTrue();
        assertThat(plan(two, daysBefore(DAY, 1), DAY).askHowItFeltAfter()).isFalse();
        assertThat(plan(two.askedOn(DAY.minusDays(1)), twoDone, DAY).askHowItFeltAfter()).isFalse();
        assertThat(plan(two.askedOn(DAY.minusDays(3)), twoDone, DAY).askHowItFeltAfter())
                .as("asked at the level before").isTrue();
        assertThat(plan(two.askedOn(DAY.minusDays(2)), twoDone, DAY).askHowItFeltAfter())
                .as("already asked at this level").isFalse();
        assertThat(plan(new Progress(2, DAY.minusDays(3), null, null), daysBefore(DAY, 3), DAY).askHowItFeltAfter())
                .as("not asked yet on the third morning, so on the fourth").isTrue();
        assertThat(plan(new Progress(2, DAY.minusDays(3), null, DAY), daysBefore(DAY, 3), DAY).askHowItFeltAfter())
                .as("a step up declined this morning already said how it felt").isFalse();
        assertThat(CoachPlan.today(two, twoDone, RoutineSettings.DEFAULT, DayMode.BAD_BACK_DAY, DAY)
                .askHowItFeltAfter()).isFalse();
    }

    @Test
    void depth_shouldBeFullOnTheFirstThreeMornings_aReminderEverySeventhAfter_andOnTheDayTheLevelWasSet() {
        Progress old = new Progress(2, DAY.minusDays(40), null, null);
        for (int morning = 1; morning <= 30; morning++) {
            Depth expected = morning <= 3 ? Depth.FULL
                    : morning == 8 || morning == 15 || morning == 22 || morning == 29 ? Depth.REMIND : Depth.SHORT;
            assertThat(plan(old, daysBefore(DAY, morning - 1), DAY).depth()).as("morning " + morning)
                    .isEqualTo(expected);
        }
        assertThat(plan(new Progress(2, DAY, null, null), daysBefore(DAY, 9), DAY).depth()).isEqualTo(Depth.REMIND);
        assertThat(plan(new Progress(2, DAY.minusDays(1), null, null), daysBefore(DAY, 9), DAY).depth())
                .isEqualTo(Depth.SHORT);
    }

    @Test
    void aBadBackDay_shouldLeadTheBadDayRoutine_andKeepTheLevel() {
        Progress three = new Progress(3, DAY.minusDays(2), null, null);
        CoachPlan bad = CoachPlan.today(three, daysBefore(DAY, 2), RoutineSettings.DEFAULT, DayMode.BAD_BACK_DAY,
                DAY);
        assertThat(bad.routineId()).isEqualTo(RoutineLibrary.BAD_DAY);
        assertThat(bad.progress()).isEqualTo(three);
        assertThat(bad.depth()).as("its moves are new, and said in full").isEqualTo(Depth.FULL);
        assertThat(plan(three, daysBefore(DAY, 2), DAY).routineId()).isEqualTo(RoutineLibrary.MORNING);
    }

    @Test
    void pick_shouldBeFixedByDayAndUser_andChangeEveryDay() {
        assertThat(CoachPlan.pick(DAY, "user-a", "variety.praise", 4))
                .isEqualTo(CoachPlan.pick(DAY, "user-a", "variety.praise", 4));
        for (int count = 2; count <= 6; count++) {
            for (int day = 0; day < 30; day++) {
                int today = CoachPlan.pick(DAY.plusDays(day), "user-b", "variety.finish", count);
                assertThat(today).isBetween(0, count - 1)
                        .isNotEqualTo(CoachPlan.pick(DAY.plusDays(day + 1), "user-b", "variety.finish", count));
            }
        }
        assertThat(IntStream.range(0, 8).map(day -> CoachPlan.pick(DAY.plusDays(day), "u", "f", 4)).distinct()
                .count()).isEqualTo(4);
        assertThat(CoachPlan.pick(DAY, "u", "f", 1)).isZero();
    }

    @Test
    void tips_shouldRotateThroughAll_withoutARepeatWithinFourteenMornings_andStopWhenOff() {
        List<Integer> seen = IntStream.rangeClosed(1, 15)
                .map(morning -> CoachPlan.tip(morning, "user-c", 15, true).orElseThrow()).boxed().toList();
        assertThat(seen).doesNotHaveDuplicates().allMatch(tip -> tip >= 0 && tip < 15);
        assertThat(CoachPlan.tip(16, "user-c", 15, true)).hasValue(seen.get(0));
        assertThat(CoachPlan.tip(3, "user-c", 15, false)).isEmpty();
        assertThat(CoachPlan.tip(3, "user-c", 0, true)).isEmpty();
    }

    @Test
    void morningNumber_shouldCountEveryMorningEverDone_notOnlyTheEightWeeksKept() {
        Progress old = new Progress(4, DAY.minusDays(200), null, null);
        List<LocalDate> kept = daysBefore(DAY, 56);
        CoachPlan plan = CoachPlan.today(old, kept, 120, RoutineSettings.DEFAULT, DayMode.NORMAL, DAY);
        assertThat(plan.morning()).isEqualTo(121);
        assertThat(plan.depth()).isEqualTo(120 % CoachPlan.FULL_EVERY == 0 ? Depth.REMIND : Depth.SHORT);
        assertThat(CoachPlan.today(old, kept, RoutineSettings.DEFAULT, DayMode.NORMAL, DAY).morning()).isEqualTo(57);
    }

}
