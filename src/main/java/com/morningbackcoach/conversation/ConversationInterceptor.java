package com.morningbackcoach.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;

/** Builds the turn's {@link Conversation} once, before any handler is asked whether it takes the request. */
public final class ConversationInterceptor implements RequestInterceptor {

    private final SkillServices services;
    private final Dialog dialog;

    public ConversationInterceptor(SkillServices services, Dialog dialog) {
        this.services = services;
        this.dialog = dialog;
    }

    @Override
    public void process(HandlerInput input) {
        input.getAttributesManager().getRequestAttributes()
                .put(Conversation.REQUEST_ATTRIBUTE, new Conversation(input, services, dialog));
    }
}
