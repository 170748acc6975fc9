package com.morningbackcoach.routine.handler;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.IntentHandler;
import com.morningbackcoach.conversation.Intents;
import com.morningbackcoach.conversation.OpenQuestionHandler;
import com.morningbackcoach.conversation.Reply;
import com.morningbackcoach.routine.RoutinePlace;

/** Next, go back, start over and stop while the routine is under way; each keeps or moves the user's place. */
public final class RoutineMovesHandler extends IntentHandler {

    public RoutineMovesHandler() {
        super(Intents.NEXT, Intents.PREVIOUS, Intents.START_OVER, Intents.STOP, Intents.CANCEL, Intents.NAVIGATE_HOME);
    }

    @Override
    protected boolean accepts(Conversation conversation) {
        return conversation.isIn(RoutineSession.ROUTINE) && !OpenQuestionHandler.takesNext(conversation);
    }

    @Override
    protected Reply handle(Conversation conversation) {
        RoutinePlace place = conversation.activity(RoutineSession.ROUTINE).orElseThrow();
        return switch (conversation.intentName()) {
            case Intents.NEXT -> RoutineFlow.next(conversation, place);
            case Intents.PREVIOUS -> RoutineFlow.previous(conversation, place);
            case Intents.START_OVER -> RoutineFlow.fromTheTop(conversation, place);
            default -> {
                conversation.leaveActivity();
                yield Reply.tell(RoutineFlow.stopped(conversation, place));
            }
        };
    }
}
