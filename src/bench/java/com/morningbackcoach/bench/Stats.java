package com.morningbackcoach.bench;

import java.util.Arrays;

/** Medians and ranges for small samples. */
final class Stats {

    private Stats() {
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    static String summary(double[] values) {
        return format("%.0f (%.0f-%.0f)", values);
    }

    /** For handler times of a few milliseconds. */
    static String summaryFine(double[] values) {
        return format("%.1f (%.1f-%.1f)", values);
    }

    static String summaryRatio(double[] values) {
        return format("%.2fx (%.2f-%.2f)", values);
    }

    private static String format(String pattern, double[] values) {
        return String.format(pattern, median(values), Arrays.stream(values).min().orElse(0),
                Arrays.stream(values).max().orElse(0));
    }
}
