package com.morningbackcoach.user.handler;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.events.skillevents.SkillDisabledRequest;
import com.morningbackcoach.skill.LogIds;
import com.morningbackcoach.user.UserStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

import static com.amazon.ask.request.Predicates.requestType;

/** The user disabled the skill: everything stored about them goes. A failure is thrown so that Alexa retries. */
public final class SkillDisabledRequestHandler implements RequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SkillDisabledRequestHandler.class);

    private final UserStore store;

    public SkillDisabledRequestHandler(UserStore store) {
        this.store = store;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(requestType(SkillDisabledRequest.class));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        String userId = input.getRequestEnvelope().getContext().getSystem().getUser().getUserId();
        store.delete(userId);
        LOG.info("Deleted data of user {} after the skill was disabled", LogIds.of(userId));
        return Optional.empty();
    }
}
