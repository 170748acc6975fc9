package com.morningbackcoach.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;

/** Timers on the user's device, through the Alexa Timers API; throws {@link AlexaApiException} on failure. */
public interface Timers {

    /** Starts a timer that announces {@code request}'s words when it ends. */
    void start(HandlerInput input, TimerRequest request);
}
