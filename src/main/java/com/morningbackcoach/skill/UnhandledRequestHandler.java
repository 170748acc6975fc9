package com.morningbackcoach.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import java.util.Optional;

/** Last in line: any request no other handler took, such as an intent this skill does not know. */
public final class UnhandledRequestHandler extends ConversationHandler {

    public UnhandledRequestHandler(SkillServices services) {
        super(services);
    }

    @Override
    protected boolean canHandle(HandlerInput input, Conversation conversation) {
        return true;
    }

    @Override
    protected Optional<Response> handle(Conversation conversation) {
        return Prompts.whatNow(conversation, "unhandled");
    }
}
