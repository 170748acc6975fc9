package com.morningbackcoach.selfcheck.handler;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.Question;
import com.morningbackcoach.conversation.Card;
import com.morningbackcoach.conversation.Reply;
import com.morningbackcoach.conversation.Screens;
import com.morningbackcoach.selfcheck.CheckAnswers;

/** What the check asks once it is over. */
public enum CheckOffer implements Question {
    /** The verdict, then the menu's next offer; "repeat" says the verdict again, yes and no answer the offer. */
    AFTER_VERDICT;

    @Override
    public String id() {
        return "check.afterVerdict";
    }

    @Override
    public Reply ask(Conversation conversation) {
        Reply next = conversation.dialog().home().prompt(conversation);
        return conversation.get(CheckSession.FINISHED)
                .map(answers -> afterVerdict(conversation, answers, next))
                .orElse(next);
    }

    @Override
    public Reply prompt(Conversation conversation) {
        Reply next = conversation.dialog().home().prompt(conversation);
        return next.endsSession() ? next : Reply.ask(this, next.speech(), next.reprompt());
    }

    @Override
    public Reply yes(Conversation conversation) {
        return conversation.dialog().home().yes(conversation);
    }

    @Override
    public Reply no(Conversation conversation) {
        return conversation.dialog().home().no(conversation);
    }

    private Reply afterVerdict(Conversation conversation, CheckAnswers answers, Reply next) {
        var speech = conversation.speech();
        Card card = CheckFlow.verdictCard(speech, answers);
        Reply reply = next.endsSession()
                ? Reply.tell(CheckFlow.verdict(speech, answers) + " " + next.speech())
                : Reply.ask(this, CheckFlow.verdict(speech, answers) + " " + next.speech(), next.reprompt());
        return Screens.answer(conversation, reply.withCard(card), card.title(), card.text());
    }
}
