package com.morningbackcoach.streak.handler;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.IntentHandler;
import com.morningbackcoach.conversation.Reply;
import com.morningbackcoach.conversation.Screens;
import com.morningbackcoach.speech.Speech;
import com.morningbackcoach.streak.Streak;

import java.time.LocalDate;

/**
 * "What's my streak?": the current run, the best run and the total mornings, then back to where the user was. When the
 * store cannot be read, the streak is unknown, and the user hears that rather than "no streak yet".
 */
public final class StreakIntentHandler extends IntentHandler {

    public StreakIntentHandler() {
        super("StreakIntent");
    }

    @Override
    protected Reply handle(Conversation conversation) {
        Speech speech = conversation.speech();
        if (conversation.profile().readFailed()) {
            String unknown = speech.say("progress.unreachable");
            return Screens.answer(conversation, conversation.backToWhereWeWere(unknown),
                    speech.say("screen.streak.title"), unknown);
        }
        Streak streak = conversation.profile().get().streak();
        LocalDate today = conversation.profile().today();
        StringBuilder answer = new StringBuilder(StreakSpeech.current(speech, streak, today));
        int current = streak.currentOn(today);
        if (current > 0 && streak.best() > current) {
            answer.append(' ').append(speech.say("streak.best", streak.best()));
        }
        if (streak.total() > 1) {
            answer.append(' ').append(speech.say("streak.total", streak.total()));
        }
        return Screens.answer(conversation, conversation.backToWhereWeWere(answer.toString()),
                speech.say("screen.streak.title"), answer.toString());
    }
}
