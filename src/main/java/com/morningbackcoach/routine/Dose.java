package com.morningbackcoach.routine;

import java.util.List;

/**
 * A count or a number of seconds per level: one value for every level, or one for each of the four. The gentle
 * version has its own values, or else keeps the first level's at every level.
 */
public record Dose(List<Integer> standard, List<Integer> gentle) {

    public Dose {
        standard = List.copyOf(standard);
        gentle = List.copyOf(gentle);
        check(standard, false);
        check(gentle, true);
    }

    /** The same {@code value} at every level, in both versions. */
    public static Dose of(int value) {
        return new Dose(List.of(value), List.of());
    }

    /** The value at {@code level}, in the gentle version when {@code gentle}. */
    public int at(int level, boolean gentle) {
        if (level < Progress.FIRST || level > Progress.TOP) {
            throw new IllegalArgumentException("No level " + level);
        }
        if (gentle) {
            return this.gentle.isEmpty() ? standard.get(0) : valueAt(this.gentle, level);
        }
        return valueAt(standard, level);
    }

    private static int valueAt(List<Integer> values, int level) {
        return values.size() == 1 ? values.get(0) : values.get(level - 1);
    }

    private static void check(List<Integer> values, boolean mayBeEmpty) {
        boolean sized = values.size() == 1 || values.size() == Progress.TOP || mayBeEmpty && values.isEmpty();
        if (!sized || values.stream().anyMatch(value -> value < 0)) {
            throw new IllegalArgumentException("A dose is one value or one per level, never negative: " + values);
        }
    }
}
