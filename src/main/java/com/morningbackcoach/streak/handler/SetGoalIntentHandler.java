package com.morningbackcoach.streak.handler;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.IntentHandler;
import com.morningbackcoach.conversation.Reply;
import com.morningbackcoach.speech.Speech;
import com.morningbackcoach.streak.MorningLog;

import java.util.Optional;

/**
 * "Set my goal to 4 days a week": a weekly goal from 3 to 7 mornings. Without a number, or with one out of range,
 * nothing changes and the user hears how to say it.
 */
public final class SetGoalIntentHandler extends IntentHandler {

    static final String DAYS_SLOT = "days";

    public SetGoalIntentHandler() {
        super("SetGoalIntent");
    }

    @Override
    protected Reply handle(Conversation conversation) {
        Speech speech = conversation.speech();
        Optional<Integer> days = conversation.slotValue(DAYS_SLOT).flatMap(SetGoalIntentHandler::whole);
        if (days.isEmpty()) {
            return conversation.backToWhereWeWere(speech.say("goal.ask"));
        }
        int goal = days.get();
        if (goal < MorningLog.MIN_GOAL || goal > MorningLog.MAX_GOAL) {
            return conversation.backToWhereWeWere(speech.say("goal.outOfRange"));
        }
        if (conversation.profile().readFailed()) {
            return conversation.backToWhereWeWere(speech.say("week.unreachable"));
        }
        conversation.profile().update(p -> p.withMornings(p.mornings().withGoal(goal)));
        return conversation.backToWhereWeWere(speech.say("goal.set", goal));
    }

    private static Optional<Integer> whole(String value) {
        try {
            return Optional.of(Integer.parseInt(value.trim()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
