package com.morningbackcoach.routine;

import com.morningbackcoach.speech.Rotation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeSet;

/**
 * Today's plan from the level, the dates of completed mornings, the settings, the kind of day and the date: which
 * routine, at which level, how much to say, whether to offer a step up or ask how it felt. No clock of its own.
 */
public record CoachPlan(String routineId, Progress progress, LevelChange change, int morning, Depth depth,
                        boolean offerStepUp, boolean askHowItFeltAfter, RoutineSettings settings, DayMode mode,
                        LocalDate today) {

    /** Days since the last completed morning from which the programme resumes one level lower. */
    public static final int BREAK_DAYS = 7;
    /** Completed mornings at a level before the next one is offered. */
    public static final int MORNINGS_PER_LEVEL = 3;
    /** Mornings that get every cue before the coach talks less. */
    public static final int FULL_MORNINGS = 3;
    /** After the first mornings, every this many mornings the cues are heard in full again. */
    public static final int FULL_EVERY = 7;
    /** Mornings between repeats of a tip, at the least. */
    public static final int TIP_GAP = 14;

    public CoachPlan {
        Objects.requireNonNull(routineId);
        Objects.requireNonNull(progress);
        Objects.requireNonNull(change);
        Objects.requireNonNull(depth);
        Objects.requireNonNull(settings);
        Objects.requireNonNull(mode);
        Objects.requireNonNull(today);
    }

    /** The plan for {@code today}; {@code completed} holds the days of completed mornings, in any order. */
    public static CoachPlan today(Progress progress, List<LocalDate> completed, RoutineSettings settings,
                                  DayMode mode, LocalDate today) {
        return today(progress, completed, (int) completed.stream().filter(day -> day.isBefore(today)).distinct()
                .count(), settings, mode, today);
    }

    /**
     * The plan for {@code today} when more mornings were completed before it, {@code completedBefore}, than
     * {@code completed} still holds: the morning's number counts them all.
     */
    public static CoachPlan today(Progress progress, List<LocalDate> completed, int completedBefore,
                                  RoutineSettings settings, DayMode mode, LocalDate today) {
        TreeSet<LocalDate> before = new TreeSet<>(completed);
        before.removeIf(day -> !day.isBefore(today));
        Progress kept = progress;
        LevelChange change = LevelChange.NONE;
        LocalDate last = before.isEmpty() ? null : before.last();
        if (last != null && ChronoUnit.DAYS.between(last, today) >= BREAK_DAYS && progress.level() > Progress.FIRST
                && (progress.levelSetOn() == null || !progress.levelSetOn().isAfter(last))) {
            kept = progress.at(progress.level() - 1, today);
            change = LevelChange.LOWER_AFTER_BREAK;
        }
        int morning = Math.max(before.size(), completedBefore) + 1;
        int atLevel = since(before, kept.levelSetOn(), true);
        boolean normal = mode == DayMode.NORMAL;
        boolean declinedAtLevel = kept.declinedOn() != null
                && (kept.levelSetOn() == null || !kept.declinedOn().isBefore(kept.levelSetOn()));
        int sinceAnswer = declinedAtLevel ? since(before, kept.declinedOn(), false) : atLevel;
        boolean offer = normal && !kept.isTop() && sinceAnswer >= MORNINGS_PER_LEVEL;
        boolean ask = normal && atLevel + 1 >= MORNINGS_PER_LEVEL && !askedAtThisLevel(kept)
                && !today.minusDays(1).equals(kept.askedOn()) && !today.equals(kept.declinedOn());
        return new CoachPlan(normal ? RoutineLibrary.MORNING : RoutineLibrary.BAD_DAY, kept, change, morning,
                normal ? depth(morning, kept, today) : Depth.FULL, offer, ask, settings, mode, today);
    }

    /** The level led today; a bad back day's routine has no levels and ignores it. */
    public int level() {
        return progress.level();
    }

    /** Today's coaching for the user {@code userKey}: the level, the depth, and the day that picks the words. */
    public Coaching coaching(String userKey) {
        return new Coaching(level(), depth, today, userKey);
    }

    /** The variant of {@code family} today for {@code userKey}, from 0 to {@code count - 1}. */
    public int pick(String userKey, String family, int count) {
        return pick(today, userKey, family, count);
    }

    /** A phrase variant, fixed by the date and the user, never the same two days running when {@code count >= 2}. */
    public static int pick(LocalDate day, String userKey, String family, int count) {
        return Rotation.pick(day, userKey, family, count);
    }

    /**
     * The tip after morning number {@code morning}, if tips are on: all tips in turn from a point fixed by the user,
     * so none repeats within {@value #TIP_GAP} mornings when there are more than that.
     */
    public static OptionalInt tip(int morning, String userKey, int tipCount, boolean tipsOn) {
        if (!tipsOn || tipCount < 1) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Math.floorMod(morning - 1 + (long) (userKey + "|tip").hashCode(), tipCount));
    }

    private static Depth depth(int morning, Progress progress, LocalDate today) {
        if (morning <= FULL_MORNINGS) {
            return Depth.FULL;
        }
        boolean weekly = morning % FULL_EVERY == 1;
        return weekly || today.equals(progress.levelSetOn()) ? Depth.REMIND : Depth.SHORT;
    }

    /**
     * Whether "easier, the same or harder" was already asked since the level was set or a step up was declined: it is
     * asked once a level, from the third morning at it, after a morning with no other question.
     */
    private static boolean askedAtThisLevel(Progress progress) {
        if (progress.askedOn() == null) {
            return false;
        }
        LocalDate from = progress.levelSetOn();
        if (progress.declinedOn() != null && (from == null || progress.declinedOn().isAfter(from))) {
            from = progress.declinedOn();
        }
        return from == null || !progress.askedOn().isBefore(from);
    }

    /** Completed mornings after {@code from} (and on it, when {@code inclusive}); all of them without a date. */
    private static int since(TreeSet<LocalDate> mornings, LocalDate from, boolean inclusive) {
        return from == null ? mornings.size() : mornings.tailSet(from, inclusive).size();
    }
}
