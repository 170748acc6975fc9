package com.morningbackcoach.streak.handler;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.IntentHandler;
import com.morningbackcoach.conversation.Reply;
import com.morningbackcoach.conversation.Screens;
import com.morningbackcoach.speech.Speech;
import com.morningbackcoach.streak.MorningLog;

/** "How's my week?": the mornings done this week against the weekly goal, then back to where the user was. */
public final class WeekIntentHandler extends IntentHandler {

    public WeekIntentHandler() {
        super("WeekIntent");
    }

    @Override
    protected Reply handle(Conversation conversation) {
        Speech speech = conversation.speech();
        String answer;
        if (conversation.profile().readFailed()) {
            answer = speech.say("week.unreachable");
        } else {
            MorningLog log = conversation.profile().get().mornings();
            int done = log.doneInWeekOf(conversation.profile().today(), WeekSpeech.firstDay(speech));
            answer = speech.say("week.status", done, log.weeklyGoal());
            if (done >= log.weeklyGoal()) {
                answer += " " + speech.say("week.goalMet");
            }
        }
        return Screens.answer(conversation, conversation.backToWhereWeWere(answer), speech.say("screen.week.title"),
                answer);
    }
}
