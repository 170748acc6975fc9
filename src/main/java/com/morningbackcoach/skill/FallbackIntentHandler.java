package com.morningbackcoach.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import java.util.Optional;

import static com.amazon.ask.request.Predicates.intentName;

/** Words the model could not place: say what works from here, and keep the user's place. */
public final class FallbackIntentHandler extends ConversationHandler {

    public FallbackIntentHandler(SkillServices services) {
        super(services);
    }

    @Override
    protected boolean canHandle(HandlerInput input, Conversation conversation) {
        return input.matches(intentName("AMAZON.FallbackIntent"));
    }

    @Override
    protected Optional<Response> handle(Conversation conversation) {
        return Prompts.whatNow(conversation, "fallback.general");
    }
}
