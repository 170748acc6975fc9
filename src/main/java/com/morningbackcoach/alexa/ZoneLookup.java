package com.morningbackcoach.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;

import java.time.ZoneId;
import java.util.Optional;

/** Asks Alexa for the time zone of the device a request came from; empty when it cannot tell. */
@FunctionalInterface
public interface ZoneLookup {

    Optional<ZoneId> deviceZone(HandlerInput input);
}
