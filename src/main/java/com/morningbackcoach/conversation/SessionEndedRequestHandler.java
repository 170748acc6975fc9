package com.morningbackcoach.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.SessionEndedRequest;
import com.morningbackcoach.logging.SafeLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/** The session closed (silence, "exit", an error on the device): nothing to say, progress is already saved. */
public final class SessionEndedRequestHandler implements RequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SessionEndedRequestHandler.class);

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.getRequestEnvelope().getRequest() instanceof SessionEndedRequest;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        SessionEndedRequest request = (SessionEndedRequest) input.getRequestEnvelope().getRequest();
        if (request.getError() != null) {
            LOG.warn("Session ended with error {}: {}", request.getError().getType(),
                    SafeLog.text(request.getError().getMessage()));
        } else {
            LOG.info("Session ended: {}", request.getReason());
        }
        return input.getResponseBuilder().build();
    }
}
