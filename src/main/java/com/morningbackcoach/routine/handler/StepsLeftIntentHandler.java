package com.morningbackcoach.routine.handler;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.IntentHandler;
import com.morningbackcoach.conversation.Reply;
import com.morningbackcoach.routine.Routine;

/** "How many steps are left?" */
public final class StepsLeftIntentHandler extends IntentHandler {

    public StepsLeftIntentHandler() {
        super("StepsLeftIntent");
    }

    @Override
    protected Reply handle(Conversation conversation) {
        var speech = conversation.speech();
        return RoutineFlow.current(conversation)
                .map(place -> {
                    Routine routine = RoutineFlow.routine(conversation, place.routineId());
                    int step = place.position().step();
                    String answer = speech.say("routine.stepsLeft", routine.stepCount() - step)
                            + " " + speech.say("routine.whereAmI", step, routine.stepCount(), routine.step(step).name());
                    return RoutinePrompt.NEXT.resume(conversation).withLead(answer);
                })
                .orElseGet(() -> conversation.backToWhereWeWere(speech.say("routine.notStarted")));
    }
}
