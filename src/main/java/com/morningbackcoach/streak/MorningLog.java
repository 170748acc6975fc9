package com.morningbackcoach.streak;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.TreeSet;

/** The mornings done in the last eight weeks, the goal of mornings a week, and the week whose summary was said. */
public record MorningLog(List<LocalDate> mornings, int weeklyGoal, LocalDate weekToldOn) {

    public static final int DEFAULT_GOAL = 5;
    public static final int MIN_GOAL = 3;
    public static final int MAX_GOAL = 7;
    public static final int DAYS_KEPT = 56;
    public static final MorningLog NEW = new MorningLog(List.of(), DEFAULT_GOAL, null);

    public MorningLog {
        mornings = List.copyOf(new TreeSet<>(mornings));
        if (weeklyGoal < MIN_GOAL || weeklyGoal > MAX_GOAL) {
            throw new IllegalArgumentException("No weekly goal " + weeklyGoal);
        }
    }

    public MorningLog with(LocalDate morning) {
        TreeSet<LocalDate> all = new TreeSet<>(mornings);
        all.add(morning);
        LocalDate from = all.last().minusDays(DAYS_KEPT - 1);
        return new MorningLog(List.copyOf(all.tailSet(from, true)), weeklyGoal, weekToldOn);
    }

    public MorningLog withGoal(int goal) {
        return new MorningLog(mornings, goal, weekToldOn);
    }

    public MorningLog withWeekTold(LocalDate weekStart) {
        return new MorningLog(mornings, weeklyGoal, weekStart);
    }

    public static LocalDate weekStart(LocalDate day, DayOfWeek firstDay) {
        return day.with(TemporalAdjusters.previousOrSame(firstDay));
    }

    public int doneInWeekOf(LocalDate day, DayOfWeek firstDay) {
        LocalDate start = weekStart(day, firstDay);
        return (int) mornings.stream().filter(d -> !d.isBefore(start) && d.isBefore(start.plusDays(7))).count();
    }

    public int lastWeek(LocalDate today, DayOfWeek firstDay) {
        return doneInWeekOf(weekStart(today, firstDay).minusDays(7), firstDay);
    }
}
