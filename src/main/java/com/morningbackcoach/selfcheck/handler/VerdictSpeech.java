package com.morningbackcoach.selfcheck.handler;

import com.morningbackcoach.selfcheck.CheckQuestion;
import com.morningbackcoach.selfcheck.CheckResult;
import com.morningbackcoach.selfcheck.Verdict;
import com.morningbackcoach.speech.Speech;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Says a self-check's verdict, its comparison with the check before, and the disclaimer. */
public final class VerdictSpeech {

    private static final DateTimeFormatter SPOKEN_DATE = DateTimeFormatter.ofPattern("MMMM d", Locale.US);

    private VerdictSpeech() {
    }

    public static String of(Speech speech, CheckResult result, Optional<CheckResult> previous) {
        Verdict verdict = result.verdict();
        StringBuilder text = new StringBuilder(summary(speech, verdict));
        if (!verdict.firmConcerns().isEmpty()) {
            text.append(' ').append(speech.say("check.verdict.firm", labels(speech, verdict.firmConcerns())));
        }
        previous.map(before -> comparison(speech, before, result)).ifPresent(line -> text.append(' ').append(line));
        return text.append(' ').append(speech.say("check.disclaimer")).toString();
    }

    static String summary(Speech speech, Verdict verdict) {
        if (verdict.noCount() == 0) {
            return speech.say("check.verdict.allYes");
        }
        if (verdict.likelyBenign()) {
            return speech.say("check.verdict.benign", labels(speech, verdict.answeredNo()));
        }
        return speech.say("check.verdict.professional", verdict.noCount(), labels(speech, verdict.answeredNo()));
    }

    static String comparison(Speech speech, CheckResult before, CheckResult now) {
        int difference = now.verdict().noCount() - before.verdict().noCount();
        String day = SPOKEN_DATE.format(before.day());
        if (difference == 0) {
            return speech.say("check.compare.same", day);
        }
        String direction = difference < 0 ? "fewer" : "more";
        int amount = Math.abs(difference);
        return amount == 1
                ? speech.say("check.compare." + direction + ".one", day)
                : speech.say("check.compare." + direction, amount, day);
    }

    public static String spokenDate(CheckResult result) {
        return SPOKEN_DATE.format(result.day());
    }

    /** "a", "a and b", "a, b and c". */
    static String labels(Speech speech, List<CheckQuestion> questions) {
        List<String> words = questions.stream().map(q -> speech.say("check.label." + q.number())).toList();
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }
}
