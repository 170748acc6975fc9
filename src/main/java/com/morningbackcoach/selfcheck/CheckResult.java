package com.morningbackcoach.selfcheck;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Instant;

/** A finished self-check: the user's local day and the answers. Kept for 13 months. */
public record CheckResult(LocalDate day, CheckAnswers answers) {

    public static final int KEEP_MONTHS = 13;

    public CheckResult {
        if (day == null || !answers.isComplete()) {
            throw new IllegalArgumentException("A result needs a day and seven answers");
        }
    }

    public Verdict verdict() {
        return Verdict.of(answers);
    }

    /** When the stored copy may be removed. */
    public Instant expiresAt() {
        return day.plusMonths(KEEP_MONTHS).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
