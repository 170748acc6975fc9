package com.morningbackcoach.conversation;

import com.amazon.ask.dispatcher.exception.ExceptionHandler;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.events.skillevents.SkillDisabledRequest;
import com.morningbackcoach.logging.SafeLog;
import com.morningbackcoach.speech.Speech;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Whatever went wrong in a conversation, the user hears a short apology and can try again. Skill events, which
 * nobody hears, are left to fail so that Alexa delivers them again.
 */
public final class SkillExceptionHandler implements ExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SkillExceptionHandler.class);

    @Override
    public boolean canHandle(HandlerInput input, Throwable throwable) {
        return !(input.getRequestEnvelope().getRequest() instanceof SkillDisabledRequest);
    }

    @Override
    public Optional<Response> handle(HandlerInput input, Throwable throwable) {
        LOG.error("Request failed: {}", throwable.getClass().getName(), SafeLog.throwable(throwable));
        var request = input.getRequestEnvelope().getRequest();
        Speech speech = Speech.forLocale(request == null ? null : request.getLocale());
        return input.getResponseBuilder()
                .withSpeech(speech.say("error"))
                .withReprompt(speech.say("error.reprompt"))
                .withShouldEndSession(false)
                .build();
    }
}
