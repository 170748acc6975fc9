package com.morningbackcoach.streak;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.WeekFields;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The days of completed mornings over the last eight weeks, the weekly goal (mornings out of seven), and the first day
 * of the last week whose summary the user heard. Weeks start on the locale's first day of the week.
 */
public record MorningLog(List<LocalDate> mornings, int weeklyGoal, LocalDate weekToldOn) {

    public static final int DEFAULT_GOAL = 5;
    public static final int MIN_GOAL = 3;
    public static final int MAX_GOAL = 7;
    /** Days of mornings kept, counting back from the newest. */
    public static final int KEPT_DAYS = 56;
    public static final MorningLog NEW = new MorningLog(List.of(), DEFAULT_GOAL, null);

    public MorningLog {
        mornings = List.copyOf(new TreeSet<>(mornings));
        if (!isGoal(weeklyGoal)) {
            throw new IllegalArgumentException("No weekly goal " + weeklyGoal);
        }
    }

    public static boolean isGoal(int goal) {
        return goal >= MIN_GOAL && goal <= MAX_GOAL;
    }

    /** The first day of the week in {@code locale}: Sunday in the United States, Monday in Spain or Britain. */
    public static DayOfWeek firstDayIn(Locale locale) {
        return WeekFields.of(locale).getFirstDayOfWeek();
    }

    /** The first day of the week {@code day} falls in. */
    public static LocalDate weekOf(LocalDate day, DayOfWeek firstDay) {
        return day.with(TemporalAdjusters.previousOrSame(firstDay));
    }

    /** This log with {@code morning} done, keeping only the last {@value #KEPT_DAYS} days up to the newest. */
    public MorningLog with(LocalDate morning) {
        TreeSet<LocalDate> days = new TreeSet<>(mornings);
        days.add(morning);
        LocalDate oldestKept = days.last().minusDays(KEPT_DAYS - 1L);
        days.removeIf(day -> day.isBefore(oldestKept));
        return new MorningLog(List.copyOf(days), weeklyGoal, weekToldOn);
    }

    public MorningLog withGoal(int goal) {
        return new MorningLog(mornings, goal, weekToldOn);
    }

    /** This log with the summary of {@code today}'s week said. */
    public MorningLog toldWeekOf(LocalDate today, DayOfWeek firstDay) {
        return new MorningLog(mornings, weeklyGoal, weekOf(today, firstDay));
    }

    /** Whether {@code today}'s week has not had its summary of last week yet. */
    public boolean weekUntoldOn(LocalDate today, DayOfWeek firstDay) {
        return !weekOf(today, firstDay).equals(weekToldOn);
    }

    /** Mornings done in the week {@code day} falls in. */
    public int doneInWeekOf(LocalDate day, DayOfWeek firstDay) {
        LocalDate start = weekOf(day, firstDay);
        LocalDate end = start.plusDays(7);
        return (int) mornings.stream().filter(morning -> !morning.isBefore(start) && morning.isBefore(end)).count();
    }

    /** Mornings done in the week before {@code today}'s. */
    public int lastWeek(LocalDate today, DayOfWeek firstDay) {
        return doneInWeekOf(today.minusWeeks(1), firstDay);
    }

    public boolean goalMetInWeekOf(LocalDate day, DayOfWeek firstDay) {
        return doneInWeekOf(day, firstDay) >= weeklyGoal;
    }

    public boolean isDoneOn(LocalDate day) {
        return mornings.contains(day);
    }
}
