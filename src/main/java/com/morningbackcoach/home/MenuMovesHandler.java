package com.morningbackcoach.home;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.IntentHandler;
import com.morningbackcoach.conversation.Intents;
import com.morningbackcoach.conversation.OpenQuestionHandler;
import com.morningbackcoach.conversation.Reply;
import com.morningbackcoach.routine.handler.RoutineFlow;

/**
 * Next, go back, start over and stop outside any activity. "Next" is how a user comes back to the routine in a new
 * session ("ask morning back coach for the next step"), so it goes on to the step after the one last heard.
 */
public final class MenuMovesHandler extends IntentHandler {

    public MenuMovesHandler() {
        super(Intents.NEXT, Intents.PREVIOUS, Intents.START_OVER, Intents.STOP, Intents.CANCEL, Intents.NAVIGATE_HOME);
    }

    @Override
    protected boolean accepts(Conversation conversation) {
        return conversation.currentActivity().isEmpty() && !OpenQuestionHandler.takesNext(conversation);
    }

    @Override
    protected Reply handle(Conversation conversation) {
        var speech = conversation.speech();
        return switch (conversation.intentName()) {
            case Intents.NEXT -> RoutineFlow.current(conversation)
                    .map(place -> RoutineFlow.next(conversation, place))
                    .orElseGet(() -> RoutineFlow.start(conversation, ""));
            case Intents.PREVIOUS -> RoutineFlow.current(conversation)
                    .map(place -> RoutineFlow.previous(conversation, place))
                    .orElseGet(() -> conversation.backToWhereWeWere(speech.say("routine.notStarted")));
            case Intents.START_OVER -> RoutineFlow.start(conversation, "");
            default -> Reply.tell(speech.say("stop"));
        };
    }
}
