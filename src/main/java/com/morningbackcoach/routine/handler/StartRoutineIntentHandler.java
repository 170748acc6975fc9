package com.morningbackcoach.routine.handler;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.IntentHandler;
import com.morningbackcoach.conversation.Reply;

/** "Start my routine": the first step, or, with a place kept this morning, the offer to carry on from it. */
public final class StartRoutineIntentHandler extends IntentHandler {

    public StartRoutineIntentHandler() {
        super("StartRoutineIntent");
    }

    @Override
    protected Reply handle(Conversation conversation) {
        return startOrOfferToCarryOn(conversation);
    }

    static Reply startOrOfferToCarryOn(Conversation conversation) {
        boolean placeKept = RoutineFlow.current(conversation)
                .filter(place -> place.position().isUnderWay()).isPresent();
        return placeKept ? RoutineOffer.CARRY_ON.ask(conversation) : RoutineFlow.start(conversation, "");
    }
}
