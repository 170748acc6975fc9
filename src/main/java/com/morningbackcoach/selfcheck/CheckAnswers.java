package com.morningbackcoach.selfcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The answers given so far, in question order; stored compactly as a code string such as "YYNU". */
public record CheckAnswers(List<CheckAnswer> answers) {

    public CheckAnswers {
        answers = List.copyOf(answers);
        if (answers.size() > CheckQuestion.COUNT) {
            throw new IllegalArgumentException("More answers than questions: " + answers.size());
        }
    }

    public static CheckAnswers none() {
        return new CheckAnswers(List.of());
    }

    public static CheckAnswers of(CheckAnswer... answers) {
        return new CheckAnswers(List.of(answers));
    }

    /** The answers in {@code codes}; throws IllegalArgumentException for anything this skill did not write. */
    public static CheckAnswers fromCodes(String codes) {
        List<CheckAnswer> list = new ArrayList<>();
        for (char code : codes.toCharArray()) {
            list.add(CheckAnswer.ofCode(code));
        }
        return new CheckAnswers(list);
    }

    public String codes() {
        StringBuilder codes = new StringBuilder();
        answers.forEach(answer -> codes.append(answer.code()));
        return codes.toString();
    }

    public boolean isComplete() {
        return answers.size() == CheckQuestion.COUNT;
    }

    /** The question to ask next, or empty when all are answered. */
    public Optional<CheckQuestion> nextQuestion() {
        return isComplete() ? Optional.empty() : Optional.of(CheckQuestion.values()[answers.size()]);
    }

    public CheckAnswers with(CheckAnswer answer) {
        List<CheckAnswer> more = new ArrayList<>(answers);
        more.add(answer);
        return new CheckAnswers(more);
    }

    /** The answers without the last one, so its question is asked again. */
    public CheckAnswers withoutLast() {
        return answers.isEmpty() ? this : new CheckAnswers(answers.subList(0, answers.size() - 1));
    }

    public boolean hasUnsure() {
        return answers.contains(CheckAnswer.UNSURE);
    }
}
