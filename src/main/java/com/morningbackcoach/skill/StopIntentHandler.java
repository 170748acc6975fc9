package com.morningbackcoach.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import java.util.Optional;

import static com.amazon.ask.request.Predicates.intentName;

/** Stop, cancel and "go home" end the session in any state; the routine place is already saved. */
public final class StopIntentHandler extends ConversationHandler {

    public StopIntentHandler(SkillServices services) {
        super(services);
    }

    @Override
    protected boolean canHandle(HandlerInput input, Conversation conversation) {
        return input.matches(intentName("AMAZON.StopIntent")
                .or(intentName("AMAZON.CancelIntent"))
                .or(intentName("AMAZON.NavigateHomeIntent")));
    }

    @Override
    protected Optional<Response> handle(Conversation conversation) {
        String speech = conversation.sessionStep()
                .map(step -> conversation.speech().say("stop.midRoutine", step.step()))
                .orElseGet(() -> conversation.speech().say("stop"));
        return Replies.tell(conversation, speech);
    }
}
