package com.morningbackcoach.streak.handler;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.morningbackcoach.skill.Conversation;
import com.morningbackcoach.skill.ConversationHandler;
import com.morningbackcoach.skill.Pending;
import com.morningbackcoach.skill.Replies;
import com.morningbackcoach.skill.SkillServices;
import com.morningbackcoach.speech.Speech;
import com.morningbackcoach.streak.Streak;

import java.time.LocalDate;
import java.util.Optional;

import static com.amazon.ask.request.Predicates.intentName;

/** "What's my streak?": the current run, the best run and the total mornings. */
public final class StreakIntentHandler extends ConversationHandler {

    public StreakIntentHandler(SkillServices services) {
        super(services);
    }

    @Override
    protected boolean canHandle(HandlerInput input, Conversation conversation) {
        return input.matches(intentName("StreakIntent"));
    }

    @Override
    protected Optional<Response> handle(Conversation conversation) {
        Speech speech = conversation.speech();
        Streak streak = conversation.profile().streak();
        LocalDate today = conversation.today();
        StringBuilder answer = new StringBuilder(StreakSpeech.current(speech, streak, today));
        if (streak.total() > 0 && streak.best() > streak.currentOn(today)) {
            answer.append(' ').append(speech.say("streak.best", streak.best()));
        }
        if (streak.total() > 1) {
            answer.append(' ').append(speech.say("streak.total", streak.total()));
        }
        String question;
        if (streak.isDoneOn(today)) {
            question = speech.say("streak.ask.other");
        } else {
            question = speech.say("streak.ask.routine");
            conversation.setPending(Pending.START_ROUTINE);
        }
        return Replies.ask(conversation, answer + " " + question, question);
    }
}
