package com.morningbackcoach.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Context;
import com.amazon.ask.model.interfaces.system.SystemState;
import com.amazon.ask.model.services.ServiceClientFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/** The device's time zone from the Alexa Settings API; empty on no content, an error or a time-out. */
public final class SettingsApiZoneLookup implements ZoneLookup {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsApiZoneLookup.class);

    @Override
    public Optional<ZoneId> deviceZone(HandlerInput input) {
        Context context = input.getRequestEnvelope().getContext();
        SystemState system = context == null ? null : context.getSystem();
        if (system == null || system.getDevice() == null || system.getDevice().getDeviceId() == null
                || system.getApiEndpoint() == null) {
            return Optional.empty();
        }
        try {
            ServiceClientFactory services = input.getServiceClientFactory();
            if (services == null) {
                return Optional.empty();
            }
            String zone = services.getUpsService().getSystemTimeZone(system.getDevice().getDeviceId());
            return zone == null || zone.isBlank() ? Optional.empty() : Optional.of(ZoneId.of(zone.replace("\"", "").trim()));
        } catch (DateTimeException e) {
            LOG.warn("Settings API gave a time zone that is not one: {}", e.getClass().getSimpleName());
            return Optional.empty();
        } catch (RuntimeException e) {
            LOG.warn("Settings API gave no time zone: {}", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}
