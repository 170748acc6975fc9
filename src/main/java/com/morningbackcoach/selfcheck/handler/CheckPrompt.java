package com.morningbackcoach.selfcheck.handler;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.Question;
import com.morningbackcoach.conversation.Reply;
import com.morningbackcoach.selfcheck.CheckAnswer;
import com.morningbackcoach.selfcheck.CheckAnswers;
import com.morningbackcoach.selfcheck.CheckQuestion;
import com.morningbackcoach.speech.Speech;

import java.util.function.BiFunction;

/**
 * The self-check question just asked. Yes, no and "not sure" are recorded as its answer, and only when this is the
 * question the previous reply asked: after any detour the question is asked again before an answer counts.
 */
public enum CheckPrompt implements Question {
    ANSWER;

    @Override
    public String id() {
        return "check.answer";
    }

    @Override
    public Reply ask(Conversation conversation) {
        return withQuestion(conversation, (question, speech) -> Reply.ask(this,
                speech.say("check.header", question.number(), CheckQuestion.COUNT) + " "
                        + speech.say("check.q." + question.number()),
                reprompt(speech, question)));
    }

    @Override
    public Reply prompt(Conversation conversation) {
        return withQuestion(conversation, (question, speech) ->
                Reply.ask(this, reprompt(speech, question), reprompt(speech, question)));
    }

    @Override
    public Reply resume(Conversation conversation) {
        return withQuestion(conversation, (question, speech) -> Reply.ask(this,
                speech.say("check.backTo", question.number()) + " " + speech.say("check.q." + question.number()),
                reprompt(speech, question)));
    }

    @Override
    public Reply yes(Conversation conversation) {
        return CheckFlow.answer(conversation, CheckAnswer.YES);
    }

    @Override
    public Reply no(Conversation conversation) {
        return CheckFlow.answer(conversation, CheckAnswer.NO);
    }

    @Override
    public Reply unsure(Conversation conversation) {
        return CheckFlow.answer(conversation, CheckAnswer.UNSURE);
    }

    @Override
    public Reply help(Conversation conversation) {
        return prompt(conversation).withLead(conversation.speech().say("check.help"));
    }

    @Override
    public Reply fallback(Conversation conversation) {
        return prompt(conversation).withLead(conversation.speech().say("check.notUnderstood"));
    }

    /** Asked twice already: nothing is recorded for it, and the check is set aside. */
    @Override
    public Reply byDefault(Conversation conversation) {
        conversation.leaveActivity();
        return conversation.backToWhereWeWere(conversation.speech().say("check.setAside"));
    }

    private static String reprompt(Speech speech, CheckQuestion question) {
        return speech.say("check.q." + question.number()) + " " + speech.say("check.answers");
    }

    /** The reply for the pending question, with its screen; with no check in the session any more, the menu. */
    private Reply withQuestion(Conversation conversation, BiFunction<CheckQuestion, Speech, Reply> reply) {
        return conversation.activity(CheckSession.CHECK)
                .flatMap(CheckAnswers::nextQuestion)
                .map(question -> reply.apply(question, conversation.speech())
                        .withScreen(CheckScreen.of(conversation.speech(), question)))
                .orElseGet(() -> conversation.backToWhereWeWere(conversation.speech().say("check.notInProgress")));
    }
}
