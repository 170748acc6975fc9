package com.morningbackcoach.routine.handler;

import com.amazon.ask.model.Response;
import com.morningbackcoach.routine.RoutinePosition;
import com.morningbackcoach.routine.SavedStep;
import com.morningbackcoach.skill.Conversation;
import com.morningbackcoach.skill.Pending;
import com.morningbackcoach.skill.Replies;
import com.morningbackcoach.streak.Streak;
import com.morningbackcoach.streak.handler.StreakSpeech;

import java.time.LocalDate;
import java.util.Optional;

/** The moves through the routine shared by its handlers: where the user is, going to a step, finishing. */
public final class RoutineFlow {

    private RoutineFlow() {
    }

    /** The step the user is on: this session's, or else the one saved earlier today. */
    public static Optional<RoutinePosition> currentStep(Conversation conversation) {
        Optional<RoutinePosition> inSession = conversation.sessionStep();
        if (inSession.isPresent()) {
            return inSession;
        }
        LocalDate today = conversation.today();
        return conversation.profile().savedStepIfAny().flatMap(saved -> saved.resumableOn(today));
    }

    /** Speaks {@code position}, and saves it as the user's place when it changed. */
    public static Optional<Response> goTo(Conversation conversation, RoutinePosition position) {
        return goTo(conversation, position, "");
    }

    static Optional<Response> goTo(Conversation conversation, RoutinePosition position, String preface) {
        LocalDate today = conversation.today();
        conversation.enterRoutineAt(position);
        conversation.update(profile -> profile.withSavedStep(new SavedStep(today, position.step())));
        String speech = preface + RoutineSpeech.step(conversation.speech(), position);
        return Replies.ask(conversation, speech, RoutineSpeech.reprompt(conversation.speech()));
    }

    /** Completes today's routine: the streak moves on, the user hears it, and the session ends. */
    static Optional<Response> finish(Conversation conversation) {
        LocalDate today = conversation.today();
        conversation.leaveRoutine();
        Streak streak = conversation.update(profile ->
                profile.withStreak(profile.streak().completedOn(today)).withSavedStep(null)).streak();
        String speech = conversation.speech().say("routine.complete") + " "
                + StreakSpeech.afterCompletion(conversation.speech(), streak) + " "
                + conversation.speech().say("farewell");
        return Replies.tell(conversation, speech);
    }

    /** Answer for a routine command when there is no routine under way today. */
    static Optional<Response> notStarted(Conversation conversation) {
        conversation.setPending(Pending.START_ROUTINE);
        return Replies.ask(conversation, conversation.speech().say("routine.notStarted"),
                conversation.speech().say("menu.reprompt"));
    }
}
