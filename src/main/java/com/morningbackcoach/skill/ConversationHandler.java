package com.morningbackcoach.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;

import java.util.Optional;

/** A request handler for requests within a session, working on a {@link Conversation} rather than the raw input. */
public abstract class ConversationHandler implements RequestHandler {

    private final SkillServices services;

    protected ConversationHandler(SkillServices services) {
        this.services = services;
    }

    @Override
    public final boolean canHandle(HandlerInput input) {
        if (input.getRequestEnvelope().getSession() == null) {
            return false;
        }
        return canHandle(input, Conversation.of(input, services));
    }

    @Override
    public final Optional<Response> handle(HandlerInput input) {
        Conversation conversation = Conversation.of(input, services);
        conversation.setPending(Pending.NONE);
        return handle(conversation);
    }

    protected abstract boolean canHandle(HandlerInput input, Conversation conversation);

    protected abstract Optional<Response> handle(Conversation conversation);
}
