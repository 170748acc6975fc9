package com.morningbackcoach.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.morningbackcoach.routine.RoutinePosition;
import com.morningbackcoach.routine.handler.RoutineFlow;

import java.util.Optional;

import static com.amazon.ask.request.Predicates.intentName;

/** "Yes", routed to the question the skill just asked; with no question pending it says what is possible. */
public final class YesIntentHandler extends ConversationHandler {

    public YesIntentHandler(SkillServices services) {
        super(services);
    }

    @Override
    protected boolean canHandle(HandlerInput input, Conversation conversation) {
        return input.matches(intentName("AMAZON.YesIntent"));
    }

    @Override
    protected Optional<Response> handle(Conversation conversation) {
        return switch (conversation.pending()) {
            case START_ROUTINE -> RoutineFlow.goTo(conversation, RoutinePosition.first());
            case RESUME_ROUTINE -> RoutineFlow.goTo(conversation,
                    RoutineFlow.currentStep(conversation).orElseGet(RoutinePosition::first));
            case DELETE_DATA -> deleteData(conversation);
            case NONE -> Prompts.whatNow(conversation, "yesNo.nothingPending");
        };
    }

    private static Optional<Response> deleteData(Conversation conversation) {
        if (conversation.deleteUserData()) {
            return Replies.tell(conversation, conversation.speech().say("delete.done"));
        }
        return Replies.tell(conversation, conversation.speech().say("store.notDeleted"));
    }
}
