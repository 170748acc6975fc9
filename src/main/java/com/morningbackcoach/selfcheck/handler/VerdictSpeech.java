package com.morningbackcoach.selfcheck.handler;

import com.morningbackcoach.selfcheck.CheckQuestion;
import com.morningbackcoach.selfcheck.Verdict;
import com.morningbackcoach.speech.Speech;

import java.util.List;

/** Says a self-check's verdict, naming the "no" answers, and the reminder that it is not a diagnosis. */
final class VerdictSpeech {

    private VerdictSpeech() {
    }

    static String of(Speech speech, Verdict verdict) {
        StringBuilder text = new StringBuilder(summary(speech, verdict));
        if (!verdict.firmConcerns().isEmpty()) {
            text.append(' ').append(speech.say("check.verdict.firm", labels(speech, verdict.firmConcerns())));
        }
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

    static String labels(Speech speech, List<CheckQuestion> questions) {
        return speech.list(questions.stream().map(q -> speech.say("check.label." + q.number())).toList());
    }
}
