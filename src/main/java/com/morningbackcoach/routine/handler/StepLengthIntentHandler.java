package com.morningbackcoach.routine.handler;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.IntentHandler;
import com.morningbackcoach.conversation.Reply;
import com.morningbackcoach.routine.Routine;
import com.morningbackcoach.routine.RoutineLibrary;
import com.morningbackcoach.routine.RoutineSettings;

/** "How long is this one?": the current step's minutes at the user's pace, and the whole routine's. */
public final class StepLengthIntentHandler extends IntentHandler {

    public StepLengthIntentHandler() {
        super("StepLengthIntent");
    }

    @Override
    protected Reply handle(Conversation conversation) {
        var speech = conversation.speech();
        RoutineSettings settings = RoutineFlow.settings(conversation);
        String whole = speech.say("routine.length.whole", totalMinutes(conversation,
                RoutineLibrary.morning(speech.locale()), settings));
        return RoutineFlow.current(conversation)
                .map(place -> {
                    Routine routine = RoutineFlow.routine(conversation, place.routineId());
                    int minutes = StepSsml.stepMinutes(speech, routine, place.position().step(), settings,
                            RoutineFlow.level(conversation));
                    return conversation.backToWhereWeWere(speech.say("routine.length.step", minutes) + " " + whole);
                })
                .orElseGet(() -> conversation.backToWhereWeWere(whole));
    }

    private static int totalMinutes(Conversation conversation, Routine routine, RoutineSettings settings) {
        int minutes = 0;
        for (int step = 1; step <= routine.stepCount(); step++) {
            minutes += StepSsml.stepMinutes(conversation.speech(), routine, step, settings,
                    RoutineFlow.level(conversation));
        }
        return minutes;
    }
}
