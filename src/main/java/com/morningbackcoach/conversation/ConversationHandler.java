package com.morningbackcoach.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;

import java.util.Optional;

/** A handler for requests within a session, working on this turn's {@link Conversation} and answering with a {@link Reply}. */
public abstract class ConversationHandler implements RequestHandler {

    @Override
    public final boolean canHandle(HandlerInput input) {
        Conversation conversation = Conversation.of(input);
        return conversation.hasSession() && canHandle(conversation);
    }

    @Override
    public final Optional<Response> handle(HandlerInput input) {
        Conversation conversation = Conversation.of(input);
        return ReplyRenderer.render(conversation, conversation.notAThirdTime(handle(conversation)));
    }

    protected abstract boolean canHandle(Conversation conversation);

    protected abstract Reply handle(Conversation conversation);
}
