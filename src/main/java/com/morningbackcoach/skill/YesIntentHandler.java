package com.morningbackcoach.skill;

import com.amazon.ask.model.Response;
import com.morningbackcoach.faq.handler.FaqFollowUp;
import com.morningbackcoach.selfcheck.CheckAnswers;
import com.morningbackcoach.selfcheck.handler.CheckFlow;
import com.morningbackcoach.routine.RoutinePosition;
import com.morningbackcoach.routine.handler.RoutineFlow;

import java.util.Optional;

/** "Yes", routed to the question the skill just asked; with no question pending it says what is possible. */
public final class YesIntentHandler extends IntentHandler {

    public YesIntentHandler(SkillServices services) {
        super(services, "AMAZON.YesIntent");
    }

    @Override
    protected Optional<Response> handle(Conversation conversation) {
        return switch (conversation.pending()) {
            case START_ROUTINE -> RoutineFlow.goTo(conversation, RoutinePosition.first());
            case RESUME_ROUTINE -> RoutineFlow.goTo(conversation,
                    RoutineFlow.currentStep(conversation).orElseGet(RoutinePosition::first));
            case DELETE_DATA -> deleteData(conversation);
            case FAQ_MORE -> FaqFollowUp.yes(conversation);
            case RESUME_CHECK -> CheckFlow.askNext(conversation,
                    CheckFlow.current(conversation).orElse(CheckAnswers.none()), "");
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
