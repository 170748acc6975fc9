package com.morningbackcoach.streak;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Mornings with a completed routine: the current run of consecutive days, the best run, the total, the last morning
 * that counted and when it was completed.
 */
public record Streak(int current, int best, int total, LocalDate lastMorning, Instant lastCompletedAt) {

    public static final List<Integer> MILESTONES = List.of(3, 7, 14, 30, 100);
    /** Completions closer together than this are one morning, even when midnight falls between them. */
    public static final Duration SAME_MORNING = Duration.ofHours(3);

    public Streak {
        if (current < 0 || best < current || total < best) {
            throw new IllegalArgumentException("Inconsistent streak " + current + "/" + best + "/" + total);
        }
        if ((total == 0) != (lastMorning == null)) {
            throw new IllegalArgumentException("A streak with mornings needs its last morning, and only then");
        }
    }

    public static Streak none() {
        return new Streak(0, 0, 0, null, null);
    }

    /**
     * The streak after completing a routine that started on local day {@code morning}, at {@code completedAt}.
     * A second completion on one morning changes nothing.
     */
    public Streak completedOn(LocalDate morning, Instant completedAt) {
        if (lastMorning != null && !morning.isAfter(lastMorning)) {
            return this;
        }
        if (lastCompletedAt != null && completedAt.isBefore(lastCompletedAt.plus(SAME_MORNING))) {
            return this;
        }
        int run = lastMorning != null && morning.minusDays(1).equals(lastMorning) ? current + 1 : 1;
        return new Streak(run, Math.max(best, run), total + 1, morning, completedAt);
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
