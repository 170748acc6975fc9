package com.morningbackcoach.account;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.events.skillevents.SkillDisabledRequest;
import com.morningbackcoach.conversation.SkillServices;
import com.morningbackcoach.logging.SafeLog;
import com.morningbackcoach.user.UnusableUserIdException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * The user disabled the skill: everything stored about them goes. A store failure is thrown so that Alexa delivers
 * the event again; an event without a user, or with an id the store cannot key, can never succeed, so it is logged
 * and acknowledged.
 */
public final class SkillDisabledRequestHandler implements RequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SkillDisabledRequestHandler.class);

    private final SkillServices services;

    public SkillDisabledRequestHandler(SkillServices services) {
        this.services = services;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.getRequestEnvelope().getRequest() instanceof SkillDisabledRequest;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Optional<String> userId = userId(input.getRequestEnvelope());
        if (userId.isEmpty()) {
            LOG.warn("SkillDisabled event without a user; nothing to delete");
            return Optional.empty();
        }
        try {
            services.store().delete(userId.get(), services.clock().instant());
        } catch (UnusableUserIdException e) {
            LOG.warn("SkillDisabled event for a user id the store cannot key ({} characters); acknowledged",
                    userId.get().length());
            return Optional.empty();
        }
        LOG.info("Deleted data of user {} after the skill was disabled", SafeLog.user(userId.get()));
        return Optional.empty();
    }

    private static Optional<String> userId(RequestEnvelope envelope) {
        if (envelope.getContext() == null || envelope.getContext().getSystem() == null
                || envelope.getContext().getSystem().getUser() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(envelope.getContext().getSystem().getUser().getUserId()).filter(id -> !id.isBlank());
    }
}
