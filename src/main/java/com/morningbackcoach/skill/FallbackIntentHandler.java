package com.morningbackcoach.skill;

import com.amazon.ask.model.Response;

import java.util.Optional;

/** Words the model could not place: say what works from here, and keep the user's place. */
public final class FallbackIntentHandler extends IntentHandler {

    public FallbackIntentHandler(SkillServices services) {
        super(services, "AMAZON.FallbackIntent");
    }

    @Override
    protected Optional<Response> handle(Conversation conversation) {
        return Prompts.whatNow(conversation, "fallback.general");
    }
}
