package com.morningbackcoach.selfcheck.handler;

import com.amazon.ask.model.Response;
import com.morningbackcoach.selfcheck.CheckAnswer;
import com.morningbackcoach.selfcheck.CheckAnswers;
import com.morningbackcoach.selfcheck.CheckQuestion;
import com.morningbackcoach.selfcheck.CheckResult;
import com.morningbackcoach.selfcheck.SavedCheck;
import com.morningbackcoach.skill.Conversation;
import com.morningbackcoach.skill.Replies;
import com.morningbackcoach.speech.Speech;

import java.util.Optional;

/** Moves through the self-check: asks a question, takes an answer, saves the unfinished check, gives the verdict. */
public final class CheckFlow {

    static final String UNSURE_TOLD = "checkUnsureTold";

    private CheckFlow() {
    }

    /** The answers so far: from this session, or an unfinished check saved earlier today. */
    public static Optional<CheckAnswers> current(Conversation conversation) {
        Optional<CheckAnswers> inSession = conversation.sessionCheck();
        if (inSession.isPresent()) {
            return inSession;
        }
        return conversation.profile().savedCheckIfAny().flatMap(saved -> saved.resumableOn(conversation.today()));
    }

    /** Asks the next unanswered question, after {@code lead} (may be empty). */
    public static Optional<Response> askNext(Conversation conversation, CheckAnswers answers, String lead) {
        conversation.enterCheck(answers);
        save(conversation, answers);
        CheckQuestion question = answers.nextQuestion().orElseThrow();
        Speech speech = conversation.speech();
        String asked = speech.say("check.header", question.number(), CheckQuestion.COUNT) + " "
                + speech.say("check.q." + question.number());
        return Replies.ask(conversation, (lead.isEmpty() ? "" : lead + " ") + asked,
                speech.say("check.q." + question.number()) + " " + speech.say("check.answers"));
    }

    public static Optional<Response> answer(Conversation conversation, CheckAnswer answer) {
        CheckAnswers answers = current(conversation).orElse(CheckAnswers.none()).with(answer);
        String lead = "";
        if (answer == CheckAnswer.UNSURE && conversation.textAttribute(UNSURE_TOLD).isEmpty()) {
            conversation.setAttribute(UNSURE_TOLD, "told");
            lead = conversation.speech().say("check.unsureCounts");
        }
        if (!answers.isComplete()) {
            return askNext(conversation, answers, lead);
        }
        return finish(conversation, answers, lead);
    }

    private static Optional<Response> finish(Conversation conversation, CheckAnswers answers, String lead) {
        CheckResult result = new CheckResult(conversation.today(), answers);
        Optional<CheckResult> previous = conversation.profile().lastCheckIfAny();
        conversation.leaveCheck();
        conversation.recordCheck(result);
        conversation.update(profile -> profile.withLastCheck(result).withSavedCheck(null));
        Speech speech = conversation.speech();
        String verdict = VerdictSpeech.of(speech, result, previous);
        return Replies.ask(conversation, (lead.isEmpty() ? "" : lead + " ") + verdict + " " + speech.say("check.whatNext"),
                speech.say("menu.reprompt"));
    }

    private static void save(Conversation conversation, CheckAnswers answers) {
        if (answers.answers().isEmpty()) {
            return;
        }
        SavedCheck saved = new SavedCheck(conversation.today(), answers);
        conversation.update(profile -> profile.withSavedCheck(saved));
    }
}
