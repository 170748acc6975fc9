package com.morningbackcoach.selfcheck;

import java.util.ArrayList;
import java.util.List;

/**
 * What a finished self-check suggests: at most one "no" means the cracking is likely benign; two or more mean a
 * professional evaluation is worth it; a "no" on a firm question (pain and swelling, injury) calls for a provider.
 */
public record Verdict(List<CheckQuestion> answeredNo, boolean likelyBenign, List<CheckQuestion> firmConcerns) {

    public static final int MAX_BENIGN_NO_ANSWERS = 1;

    public static Verdict of(CheckAnswers answers) {
        if (!answers.isComplete()) {
            throw new IllegalArgumentException("The check is not finished");
        }
        List<CheckQuestion> no = new ArrayList<>();
        for (CheckQuestion question : CheckQuestion.values()) {
            if (answers.answers().get(question.ordinal()).countsAsNo()) {
                no.add(question);
            }
        }
        List<CheckQuestion> firm = no.stream().filter(CheckQuestion::isFirm).toList();
        return new Verdict(List.copyOf(no), no.size() <= MAX_BENIGN_NO_ANSWERS, firm);
    }

    public int noCount() {
        return answeredNo.size();
    }
}
