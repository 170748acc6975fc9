package com.morningbackcoach.routine.handler;

import com.morningbackcoach.conversation.Card;
import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.Reply;
import com.morningbackcoach.routine.RoutinePlace;
import com.morningbackcoach.routine.RoutinePosition;
import com.morningbackcoach.routine.SavedStep;
import com.morningbackcoach.streak.Streak;
import com.morningbackcoach.streak.handler.StreakSpeech;

import java.util.Optional;

/** The moves through the routine: where the user is, going to a step, finishing. */
public final class RoutineFlow {

    private RoutineFlow() {
    }

    /** The user's place: this session's, or else the one saved earlier this morning. */
    public static Optional<RoutinePlace> current(Conversation conversation) {
        Optional<RoutinePlace> inSession = conversation.activity(RoutineSession.ROUTINE);
        if (inSession.isPresent()) {
            return inSession;
        }
        var profile = conversation.profile();
        return profile.get().savedStepIfAny().flatMap(saved -> saved.resumableOn(profile.today(), conversation.now())
                .map(position -> new RoutinePlace(position, saved.morning())));
    }

    /** Step one of a new routine, which counts for today. */
    public static Reply start(Conversation conversation, String lead) {
        RoutinePlace first = new RoutinePlace(RoutinePosition.first(), conversation.profile().today());
        return goTo(conversation, first).withLead(lead);
    }

    /** Where the user left off this morning, or step one. */
    public static Reply continueOrStart(Conversation conversation) {
        return current(conversation).map(place -> goTo(conversation, place)).orElseGet(() -> start(conversation, ""));
    }

    /** Speaks the step at {@code place}, and keeps it as the user's place. */
    public static Reply goTo(Conversation conversation, RoutinePlace place) {
        conversation.enter(RoutineSession.ROUTINE, place);
        conversation.profile().update(profile -> profile.withSavedStep(
                new SavedStep(place.morning(), place.position().step(), conversation.now())));
        return RoutinePrompt.NEXT.ask(conversation);
    }

    /** The step after the current one, or the end of the routine after the last. */
    public static Reply next(Conversation conversation, RoutinePlace place) {
        RoutinePosition position = place.position();
        return position.isLast() ? finish(conversation, place) : goTo(conversation, place.at(position.next()));
    }

    /** Completes the routine: the streak counts its morning, the user hears it, and the session ends. */
    static Reply finish(Conversation conversation, RoutinePlace place) {
        conversation.leaveActivity();
        Streak streak = conversation.profile().update(profile -> profile
                .withStreak(profile.streak().completedOn(place.morning(), conversation.now()))
                .withSavedStep(null)).streak();
        var speech = conversation.speech();
        String said = StreakSpeech.afterCompletion(speech, streak);
        return Reply.tell(speech.say("routine.complete") + " " + said + " " + speech.say("farewell"))
                .withCard(new Card(speech.say("card.finished.title"), said));
    }
}
