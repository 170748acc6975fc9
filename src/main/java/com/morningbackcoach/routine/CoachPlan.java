package com.morningbackcoach.routine;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

/** Today's plan for one user: a pure function of their progress, completed mornings, settings, the day and the date. */
public record CoachPlan(String routineId, Progress progress, LevelChange change, int morning, Depth depth,
                        boolean offerStepUp, boolean askHowItFeltAfter) {

    public static final String BAD_BACK_DAY = "badday";
    static final int MORNINGS_TO_STEP_UP = 3;
    static final int DAYS_AWAY = 7;

    public static CoachPlan today(Progress progress, List<LocalDate> completed, RoutineSettings settings, DayMode mode,
                                  LocalDate today) {
        List<LocalDate> before = completed.stream().filter(day -> day.isBefore(today)).sorted().toList();
        Progress kept = progress;
        LevelChange change = LevelChange.NONE;
        LocalDate last = before.isEmpty() ? null : before.get(before.size() - 1);
        if (last != null && progress.level() > Progress.FIRST && !last.isAfter(today.minusDays(DAYS_AWAY))
                && (progress.levelSetOn() == null || !progress.levelSetOn().isAfter(last))) {
            kept = progress.easier(today);
            change = LevelChange.LOWER_AFTER_BREAK;
        }
        int morning = before.size() + 1;
        boolean levelSetToday = today.equals(kept.levelSetOn()) && morning > 1;
        Depth depth = morning <= 3 || (morning - 1) % 7 == 0 || levelSetToday ? Depth.FULL : Depth.SHORT;
        long atLevel = atLevel(before, kept);
        boolean normal = mode == DayMode.NORMAL;
        boolean offer = normal && kept.level() < Progress.TOP && atLevel >= MORNINGS_TO_STEP_UP;
        boolean ask = normal && atLevel + 1 >= MORNINGS_TO_STEP_UP && !askedSince(kept)
                && !today.minusDays(1).equals(kept.askedOn());
        return new CoachPlan(normal ? RoutineLibrary.MORNING : BAD_BACK_DAY, kept, change, morning, depth, offer, ask);
    }

    public int level() {
        return progress.level();
    }

    /** Whether "easier, the same, or harder?" was already asked since the level was set or a step up declined. */
    private static boolean askedSince(Progress progress) {
        if (progress.askedOn() == null) {
            return false;
        }
        LocalDate from = progress.levelSetOn();
        if (progress.declinedOn() != null && (from == null || progress.declinedOn().isAfter(from))) {
            from = progress.declinedOn();
        }
        return from == null || !progress.askedOn().isBefore(from);
    }

    private static long atLevel(List<LocalDate> before, Progress progress) {
        LocalDate from = progress.levelSetOn();
        if (progress.declinedOn() != null && (from == null || progress.declinedOn().isAfter(from))) {
            from = progress.declinedOn().plusDays(1);
        }
        LocalDate since = from;
        return before.stream().filter(day -> since == null || !day.isBefore(since)).count();
    }

    /** Which of {@code count} phrasings to use on {@code day}: fixed for the user and day, never the same two days running. */
    public static int pick(LocalDate day, String userKey, String family, int count) {
        return count <= 1 ? 0 : (int) Math.floorMod(day.toEpochDay() + (userKey + family).hashCode(), (long) count);
    }

    /** The tip for the user's {@code morning}, none when tips are off: each comes round again only after all the others. */
    public static OptionalInt tip(int morning, String userKey, int tipCount, boolean tipsOn) {
        if (!tipsOn || tipCount == 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Math.floorMod(morning + userKey.hashCode(), tipCount));
    }
}
