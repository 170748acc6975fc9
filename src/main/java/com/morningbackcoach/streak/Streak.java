package com.morningbackcoach.streak;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Mornings with a completed routine: the current run of consecutive days, the best run, and the total. */
public record Streak(int current, int best, int total, LocalDate lastMorning) {

    public static final List<Integer> MILESTONES = List.of(3, 7, 14, 30, 100);

    public static Streak none() {
        return new Streak(0, 0, 0, null);
    }

    /** The streak after completing the routine on {@code day}; a second completion on one day changes nothing. */
    public Streak completedOn(LocalDate day) {
        if (lastMorning != null && !day.isAfter(lastMorning)) {
            return this;
        }
        int run = lastMorning != null && day.minusDays(1).equals(lastMorning) ? current + 1 : 1;
        return new Streak(run, Math.max(best, run), total + 1, day);
    }

    /** The current run as seen on {@code today}: a run not continued since yesterday is over. */
    public int currentOn(LocalDate today) {
        if (lastMorning == null || lastMorning.isBefore(today.minusDays(1))) {
            return 0;
        }
        return current;
    }

    public boolean isDoneOn(LocalDate day) {
        return day.equals(lastMorning);
    }

    public Optional<Integer> milestone() {
        return MILESTONES.contains(current) ? Optional.of(current) : Optional.empty();
    }
}
