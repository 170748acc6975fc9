package com.morningbackcoach.routine.handler;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.IntentHandler;
import com.morningbackcoach.conversation.Reply;
import com.morningbackcoach.routine.Cue;
import com.morningbackcoach.routine.Plan;
import com.morningbackcoach.routine.Routine;
import com.morningbackcoach.routine.RoutineSettings;
import com.morningbackcoach.speech.Speech;

/** "How many steps are left?", "how much longer?": the minutes to go, this part's hold, and the steps left. */
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
                    RoutineSettings settings = RoutineFlow.settings(conversation);
                    String answer = speech.say("routine.minutesLeft",
                            StepSsml.minutesLeft(speech, routine, place.position(), settings,
                                    RoutineFlow.level(conversation)))
                            + holdLength(speech, Plan.of(routine.part(place.position()), settings,
                                    RoutineFlow.level(conversation)))
                            + " " + speech.say("routine.stepsLeft", routine.stepCount() - step)
                            + " " + speech.say("routine.whereAmI", step, routine.stepCount(), routine.step(step).name());
                    return RoutinePrompt.NEXT.resume(conversation).withLead(answer);
                })
                .orElseGet(() -> conversation.backToWhereWeWere(speech.say("routine.notStarted")));
    }

    /** "Each hold here is about twenty seconds on each side", for a part with a hold; else nothing. */
    private static String holdLength(Speech speech, Plan plan) {
        int longest = plan.cues().stream().filter(Cue.Hold.class::isInstance).map(Cue.Hold.class::cast)
                .mapToInt(Cue.Hold::seconds).max().orElse(0);
        if (longest < 10) {
            return "";
        }
        boolean sides = plan.cues().stream().anyMatch(Cue.Switch.class::isInstance);
        return " " + speech.say("routine.holdLength", Math.round(longest / 5.0f) * 5, sides ? 1 : 0);
    }
}
