package com.morningbackcoach.streak.handler;

import com.amazon.ask.model.Response;
import com.morningbackcoach.skill.Conversation;
import com.morningbackcoach.skill.IntentHandler;
import com.morningbackcoach.skill.Pending;
import com.morningbackcoach.skill.Replies;
import com.morningbackcoach.skill.SkillServices;
import com.morningbackcoach.speech.Speech;
import com.morningbackcoach.streak.Streak;

import java.time.LocalDate;
import java.util.Optional;

/** "What's my streak?": the current run, the best run and the total mornings. */
public final class StreakIntentHandler extends IntentHandler {

    public StreakIntentHandler(SkillServices services) {
        super(services, "StreakIntent");
    }

    @Override
    protected Optional<Response> handle(Conversation conversation) {
        Speech speech = conversation.speech();
        Streak streak = conversation.profile().streak();
        LocalDate today = conversation.today();
        StringBuilder answer = new StringBuilder(StreakSpeech.current(speech, streak, today));
        int current = streak.currentOn(today);
        if (current > 0 && streak.best() > current) {
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
