package com.morningbackcoach.skill;

import com.amazon.ask.model.Response;

import java.util.Optional;

/** Stop, cancel and "go home" end the session in any state; the routine place is already saved. */
public final class StopIntentHandler extends IntentHandler {

    public StopIntentHandler(SkillServices services) {
        super(services, "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent");
    }

    @Override
    protected Optional<Response> handle(Conversation conversation) {
        String speech = conversation.sessionStep()
                .map(step -> conversation.speech().say("stop.midRoutine", step.step()))
                .orElseGet(() -> conversation.mode() == Mode.CHECK
                        ? conversation.speech().say("stop.midCheck")
                        : conversation.speech().say("stop"));
        return Replies.tell(conversation, speech);
    }
}
