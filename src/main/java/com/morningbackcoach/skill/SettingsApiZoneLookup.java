package com.morningbackcoach.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.services.ServiceClientFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.ZoneId;
import java.util.Optional;

/** The device's time zone from the Alexa Settings API; empty on no content, an error or a time-out. */
public final class SettingsApiZoneLookup implements ZoneLookup {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsApiZoneLookup.class);

    @Override
    public Optional<ZoneId> deviceZone(HandlerInput input) {
        var device = input.getRequestEnvelope().getContext().getSystem().getDevice();
        if (device == null || device.getDeviceId() == null) {
            return Optional.empty();
        }
        try {
            ServiceClientFactory services = input.getServiceClientFactory();
            if (services == null) {
                return Optional.empty();
            }
            String zone = services.getUpsService().getSystemTimeZone(device.getDeviceId());
            return zone == null || zone.isBlank() ? Optional.empty() : Optional.of(ZoneId.of(zone.replace("\"", "").trim()));
        } catch (RuntimeException e) {
            LOG.warn("Settings API gave no time zone: {}", e.toString());
            return Optional.empty();
        }
    }
}
