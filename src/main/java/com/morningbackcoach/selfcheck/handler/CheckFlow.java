package com.morningbackcoach.selfcheck.handler;

import com.morningbackcoach.conversation.Card;
import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.Reply;
import com.morningbackcoach.selfcheck.CheckAnswer;
import com.morningbackcoach.selfcheck.CheckAnswers;
import com.morningbackcoach.selfcheck.Verdict;
import com.morningbackcoach.speech.Speech;
import com.morningbackcoach.speech.Ssml;

/** Moves through the self-check: asks a question, takes an answer, gives the verdict. Nothing is stored. */
public final class CheckFlow {

    private CheckFlow() {
    }

    /** Starts the check from question one, after the short note that answers are not kept. */
    public static Reply start(Conversation conversation, String lead) {
        conversation.clear(CheckSession.FINISHED);
        return askAt(conversation, CheckAnswers.none()).withLead(join(lead, conversation.speech().say("check.intro")));
    }

    /** True once a check was finished in this session. */
    public static boolean finishedThisSession(Conversation conversation) {
        return conversation.get(CheckSession.FINISHED).isPresent();
    }

    /** Puts the check at {@code answers} and asks the next question. */
    static Reply askAt(Conversation conversation, CheckAnswers answers) {
        conversation.enter(CheckSession.CHECK, answers);
        return CheckPrompt.ANSWER.ask(conversation);
    }

    /** Records {@code answer} to the question just asked, then asks the next one or gives the verdict. */
    static Reply answer(Conversation conversation, CheckAnswer answer) {
        var inProgress = conversation.activity(CheckSession.CHECK);
        if (inProgress.isEmpty()) {
            return conversation.backToWhereWeWere(conversation.speech().say("check.notInProgress"));
        }
        CheckAnswers answers = inProgress.get().with(answer);
        String lead = "";
        if (answer == CheckAnswer.UNSURE && conversation.get(CheckSession.UNSURE_TOLD).isEmpty()) {
            conversation.set(CheckSession.UNSURE_TOLD, true);
            lead = conversation.speech().say("check.unsureCounts");
        }
        if (!answers.isComplete()) {
            return askAt(conversation, answers).withLead(lead);
        }
        conversation.leaveActivity();
        conversation.set(CheckSession.FINISHED, answers);
        return CheckOffer.AFTER_VERDICT.ask(conversation).withLead(lead);
    }

    /** The verdict of a finished check, with its card. */
    static String verdict(Speech speech, CheckAnswers answers) {
        return VerdictSpeech.of(speech, Verdict.of(answers));
    }

    static Card verdictCard(Speech speech, CheckAnswers answers) {
        return new Card(speech.say("card.verdict.title"), Ssml.plain(verdict(speech, answers)));
    }

    private static String join(String first, String second) {
        return first == null || first.isBlank() ? second : first + " " + second;
    }
}
