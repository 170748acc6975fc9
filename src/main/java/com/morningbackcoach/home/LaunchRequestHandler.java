package com.morningbackcoach.home;

import com.amazon.ask.model.LaunchRequest;
import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.ConversationHandler;
import com.morningbackcoach.conversation.Reply;
import com.morningbackcoach.routine.handler.Coach;
import com.morningbackcoach.routine.handler.RoutineFlow;
import com.morningbackcoach.routine.handler.RoutineOffer;
import com.morningbackcoach.routine.handler.RoutineTaskHandler;
import com.morningbackcoach.speech.Speech;
import com.morningbackcoach.streak.handler.StreakSpeech;
import com.morningbackcoach.streak.handler.WeekSpeech;
import com.morningbackcoach.user.UserProfile;

import java.time.LocalDate;

/**
 * "Open morning back coach": offers to resume this morning's routine, or greets with the streak, the week so far and
 * the menu. A launch
 * for the skill's routine task is the task handler's.
 */
public final class LaunchRequestHandler extends ConversationHandler {

    @Override
    protected boolean canHandle(Conversation conversation) {
        return conversation.request() instanceof LaunchRequest && !RoutineTaskHandler.isTask(conversation);
    }

    @Override
    protected Reply handle(Conversation conversation) {
        Speech speech = conversation.speech();
        conversation.leaveActivity();
        if (RoutineFlow.current(conversation).filter(place -> place.position().isUnderWay()).isPresent()) {
            return RoutineOffer.RESUME.ask(conversation).withLead(speech.say("launch.welcomeBack"));
        }
        UserProfile profile = conversation.profile().get();
        LocalDate today = conversation.profile().today();
        String greeting;
        if (conversation.profile().readFailed()) {
            greeting = speech.say("launch.unreachable");
        } else if (!profile.isReturning()) {
            greeting = speech.say("launch.new");
        } else {
            String streak = StreakSpeech.current(speech, profile.streak(), today);
            greeting = profile.streak().isDoneOn(today)
                    ? speech.say("launch.doneToday", streak)
                    : Coach.vary(conversation, "variety.greeting", "launch.welcomeBack") + " " + streak;
            greeting += " " + weekSoFar(conversation, profile, today);
        }
        return HomeOffer.MENU.ask(conversation).withLead(greeting);
    }

    /** This week's mornings against the goal; on the first launch of a new week, how last week went before it. */
    private static String weekSoFar(Conversation conversation, UserProfile profile, LocalDate today) {
        Speech speech = conversation.speech();
        String soFar = WeekSpeech.soFar(speech, profile.mornings(), today);
        return WeekSpeech.lastWeekIfNew(speech, profile.mornings(), today).map(lastWeek -> {
            conversation.profile().update(p -> p.withMornings(p.mornings().toldWeekOf(today,
                    WeekSpeech.firstDay(speech))));
            return lastWeek + " " + soFar;
        }).orElse(soFar);
    }
}
