package com.morningbackcoach.selfcheck;

import java.time.LocalDate;
import java.util.Optional;

/** An unfinished self-check and the local day it was started; it can be picked up again that day only. */
public record SavedCheck(LocalDate day, CheckAnswers answers) {

    public SavedCheck {
        if (day == null || answers == null || answers.isComplete()) {
            throw new IllegalArgumentException("An unfinished check needs a day and fewer than seven answers");
        }
    }

    public Optional<CheckAnswers> resumableOn(LocalDate today) {
        return day.equals(today) && !answers.answers().isEmpty() ? Optional.of(answers) : Optional.empty();
    }
}
