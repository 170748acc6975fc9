package com.morningbackcoach.routine.handler;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.IntentHandler;
import com.morningbackcoach.conversation.Reply;
import com.morningbackcoach.routine.Routine;
import com.morningbackcoach.speech.Speech;

/** "How many steps are left?" */
public final class StepsLeftIntentHandler extends IntentHandler {

    public StepsLeftIntentHandler() {
        super("StepsLeftIntent");
    }

    @Override
    protected Reply handle(Conversation conversation) {
        Speech speech = conversation.speech();
        return RoutineFlow.current(conversation)
                .map(place -> {
                    int left = place.position().stepsLeft();
                    String answer = switch (left) {
                        case 0 -> speech.say("routine.stepsLeft.none");
                        case 1 -> speech.say("routine.stepsLeft.one");
                        default -> speech.say("routine.stepsLeft.some", left);
                    };
                    String where = speech.say("routine.whereAmI", place.position().step(), Routine.STEP_COUNT);
                    return RoutinePrompt.NEXT.resume(conversation).withLead(where + " " + answer);
                })
                .orElseGet(() -> conversation.backToWhereWeWere(speech.say("routine.notStarted")));
    }
}
