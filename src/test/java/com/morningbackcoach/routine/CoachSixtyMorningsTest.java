package com.morningbackcoach.routine;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sixty mornings over eleven weeks, as a loop over dates: steps up taken when offered, a "that was too hard", a bad
 * back day in a thin week, a declined step up, a week away, a few days off and a second "too hard".
 */
class CoachSixtyMorningsTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 4);
    /**
     * One letter per day from {@link #START}: x a morning (steps up when offered), h a morning then "too hard",
     * d a morning declining the offer, b a bad back day, . no morning.
     */
    private static final String DAYS = "xxxxxxxhxxxx" + ".b..d.." + ".........." + "xxxxxxxxxxxxx" + "...."
            + "xxxxxxxxxxxxhxxxxxxxxxxxxxxxxxxxx";
    /** The level after each morning, 1 to 60. */
    private static final int[] LEVELS = {
            1, 1, 1, 2, 2, 2, 3, 2, 2, 2, 3, 3,
            3, 3,
            2, 2, 2, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4,
            4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4};

    private record Morning(int number, LocalDate day, CoachPlan plan, int levelAfter) {
    }

    private static List<Morning> simulate() {
        Progress progress = Progress.NEW;
        List<LocalDate> completed = new ArrayList<>();
        List<Morning> mornings = new ArrayList<>();
        for (int index = 0; index < DAYS.length(); index++) {
            char what = DAYS.charAt(index);
            if (what == '.') {
                continue;
            }
            LocalDate day = START.plusDays(index);
            DayMode mode = what == 'b' ? DayMode.BAD_BACK_DAY : DayMode.NORMAL;
            CoachPlan plan = CoachPlan.today(progress, completed, RoutineSettings.DEFAULT, mode, day);
            progress = plan.progress();
            if (plan.offerStepUp()) {
                progress = what == 'd' ? progress.declinedOn(day) : progress.harder(day);
                plan = CoachPlan.today(progress, completed, RoutineSettings.DEFAULT, mode, day);
            }
            completed.add(day);
            if (plan.askHowItFeltAfter()) {
                progress = progress.askedOn(day);
            }
            if (what == 'h') {
                progress = progress.easier(day);
            }
            mornings.add(new Morning(mornings.size() + 1, day, plan, progress.level()));
        }
        return mornings;
    }

    @Test
    void theLevelAfterEachMorning_shouldFollowTheRules() {
        List<Morning> mornings = simulate();
        assertThat(mornings).hasSize(60);
        assertThat(mornings.stream().mapToInt(Morning::levelAfter).toArray()).containsExactly(LEVELS);
        assertThat(mornings.stream().map(morning -> morning.plan().morning()).toList())
                .isEqualTo(mornings.stream().map(Morning::number).toList());
    }

    @Test
    void theWeekAway_shouldLowerTheLevelOnce_andTheBadBackDay_shouldLeadTheBadDayRoutine() {
        List<Morning> mornings = simulate();
        assertThat(mornings.stream().filter(morning -> morning.plan().change() == LevelChange.LOWER_AFTER_BREAK)
                .map(Morning::number).toList()).containsExactly(15);
        assertThat(mornings.stream().filter(morning -> morning.plan().routineId().equals(RoutineLibrary.BAD_DAY))
                .map(Morning::number).toList()).containsExactly(13);
    }

    @Test
    void theCoach_shouldTalkInFull_onTheFirstMornings_andABadBackDay_remind_weeklyAndOnANewLevel_andShortOtherwise() {
        List<Morning> mornings = simulate();
        List<Integer> more = mornings.stream().filter(morning -> morning.plan().depth() != Depth.SHORT)
                .map(Morning::number).toList();
        assertThat(more).containsExactly(1, 2, 3, 4, 7, 8, 11, 13, 15, 18, 21, 22, 29, 36, 43, 50, 57);
        for (Morning morning : mornings) {
            boolean full = morning.number() <= CoachPlan.FULL_MORNINGS || morning.plan().mode() == DayMode.BAD_BACK_DAY;
            if (morning.plan().depth() != Depth.SHORT) {
                assertThat(morning.plan().depth()).as("morning " + morning.number())
                        .isEqualTo(full ? Depth.FULL : Depth.REMIND);
            }
        }
    }

    @Test
    void howItFelt_shouldNeverBeAskedTwoMorningsRunning() {
        List<Morning> mornings = simulate();
        List<LocalDate> asked = mornings.stream().filter(morning -> morning.plan().askHowItFeltAfter())
                .map(Morning::day).toList();
        assertThat(asked).isNotEmpty();
        for (int index = 1; index < asked.size(); index++) {
            assertThat(asked.get(index)).isAfter(asked.get(index - 1).plusDays(1));
        }
    }

    @Test
    void noPhraseVariant_shouldRepeatOnConsecutiveMornings() {
        List<Morning> mornings = simulate();
        for (String family : List.of("variety.greeting", "variety.transition", "variety.praise", "variety.finish",
                "variety.comeBack")) {
            for (int index = 1; index < mornings.size(); index++) {
                LocalDate day = mornings.get(index).day();
                LocalDate before = mornings.get(index - 1).day();
                if (day.equals(before.plusDays(1))) {
                    assertThat(mornings.get(index).plan().pick("user-1", family, 4))
                            .as(family + " on " + day)
                            .isNotEqualTo(mornings.get(index - 1).plan().pick("user-1", family, 4));
                }
            }
        }
    }

    @Test
    void noTip_shouldRepeatWithinFourteenMornings() {
        List<Integer> tips = simulate().stream()
                .map(morning -> CoachPlan.tip(morning.plan().morning(), "user-1", 15, true).orElseThrow()).toList();
        for (int index = 0; index + 14 < tips.size(); index++) {
            assertThat(tips.subList(index, index + 15)).as("mornings " + (index + 1) + " to " + (index + 15))
                    .doesNotHaveDuplicates();
        }
    }
}
