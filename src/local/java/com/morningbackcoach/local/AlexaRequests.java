package com.morningbackcoach.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/** Builds Alexa request envelopes as JSON, shaped like the ones Alexa sends to a skill endpoint. */
public final class AlexaRequests {

    public static final String LOCAL_SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000";
    public static final String DEFAULT_LOCALE = "en-US";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String userId;
    private final String deviceId;
    private final FakeAlexaApi api;
    private final Clock clock;
    private final String locale;

    /** Requests in American English; see {@link #AlexaRequests(String, FakeAlexaApi, Clock, String)}. */
    public AlexaRequests(String user, FakeAlexaApi api, Clock clock) {
        this(user, api, clock, DEFAULT_LOCALE);
    }

    /**
     * @param user   a short name, turned into an Alexa-style user id
     * @param api    where the Alexa service APIs answer, with the token and the permissions the user granted
     * @param clock  the device's clock, which stamps each request
     * @param locale the device's locale, such as {@code es-MX}
     */
    public AlexaRequests(String user, FakeAlexaApi api, Clock clock, String locale) {
        this.userId = "amzn1.ask.account.LOCAL-" + user;
        this.deviceId = "amzn1.ask.device.LOCAL-" + user;
        this.api = api;
        this.clock = clock;
        this.locale = locale;
    }

    public String userId() {
        return userId;
    }

    public ObjectNode launch(LocalSession session) {
        ObjectNode request = baseRequest("LaunchRequest");
        return envelope(session, request);
    }

    public ObjectNode intent(LocalSession session, UtteranceMatcher.Match match) {
        ObjectNode request = baseRequest("IntentRequest");
        request.put("dialogState", "STARTED");
        ObjectNode intent = request.putObject("intent");
        intent.put("name", match.intent());
        intent.put("confirmationStatus", "NONE");
        ObjectNode slots = intent.putObject("slots");
        match.slotTypes().forEach((name, type) -> {
            ObjectNode slot = slots.putObject(name);
            slot.put("name", name);
            slot.put("confirmationStatus", "NONE");
            UtteranceMatcher.SlotMatch filled = match.slots().get(name);
            if (filled != null) {
                slot.put("value", BuiltInSlotValues.isBuiltIn(type) && filled.resolution().isPresent()
                        ? filled.resolution().get().id() : filled.spoken());
                slot.put("source", "USER");
                if (!type.startsWith("AMAZON.")) {
                    addResolution(slot, type, filled);
                }
            }
        });
        if (slots.isEmpty()) {
            intent.remove("slots");
        }
        return envelope(session, request);
    }

    /**
     * Alexa's answer to the skill's voice permission request: {@code status} is ACCEPTED, DENIED or NOT_ANSWERED,
     * {@code token} the one the skill sent.
     */
    public ObjectNode permissionAnswer(LocalSession session, String scope, String status, String token) {
        ObjectNode request = baseRequest("Connections.Response");
        request.put("name", "AskFor");
        ObjectNode code = request.putObject("status");
        code.put("code", "200");
        code.put("message", "OK");
        ObjectNode payload = request.putObject("payload");
        payload.put("permissionScope", scope);
        payload.put("status", status);
        request.put("token", token);
        return envelope(session, request);
    }

    public ObjectNode sessionEnded(LocalSession session, String reason) {
        ObjectNode request = baseRequest("SessionEndedRequest");
        request.put("reason", reason);
        return envelope(session, request);
    }

    public ObjectNode skillDisabled() {
        ObjectNode request = baseRequest("AlexaSkillEvent.SkillDisabled");
        request.put("eventCreationTime", now());
        request.put("eventPublishingTime", now());
        request.remove("locale");
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("version", "1.0");
        envelope.set("context", context());
        envelope.set("request", request);
        return envelope;
    }

    private void addResolution(ObjectNode slot, String type, UtteranceMatcher.SlotMatch filled) {
        ObjectNode authority = slot.putObject("resolutions").putArray("resolutionsPerAuthority").addObject();
        authority.put("authority", "amzn1.er-authority.echo-sdk." + LOCAL_SKILL_ID + "." + type);
        ObjectNode status = authority.putObject("status");
        if (filled.resolution().isPresent()) {
            status.put("code", "ER_SUCCESS_MATCH");
            ObjectNode value = authority.putArray("values").addObject().putObject("value");
            value.put("name", filled.resolution().get().name());
            value.put("id", filled.resolution().get().id());
        } else {
            status.put("code", "ER_SUCCESS_NO_MATCH");
        }
    }

    private ObjectNode envelope(LocalSession session, ObjectNode request) {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("version", "1.0");
        ObjectNode sessionNode = envelope.putObject("session");
        sessionNode.put("new", session.isNew());
        sessionNode.put("sessionId", session.id());
        sessionNode.putObject("application").put("applicationId", LOCAL_SKILL_ID);
        sessionNode.set("attributes", JSON.valueToTree(session.attributes()));
        sessionNode.putObject("user").put("userId", userId);
        envelope.set("context", context());
        envelope.set("request", request);
        return envelope;
    }

    private ObjectNode context() {
        ObjectNode context = JSON.createObjectNode();
        ObjectNode system = context.putObject("System");
        system.putObject("application").put("applicationId", LOCAL_SKILL_ID);
        ObjectNode user = system.putObject("user");
        user.put("userId", userId);
        ObjectNode scopes = JSON.createObjectNode();
        for (String scope : new String[] {FakeAlexaApi.REMINDERS_SCOPE, FakeAlexaApi.TIMERS_SCOPE}) {
            if (api.isGranted(scope)) {
                scopes.putObject(scope).put("status", "GRANTED");
            }
        }
        if (!scopes.isEmpty()) {
            ObjectNode permissions = user.putObject("permissions");
            permissions.put("consentToken", api.accessToken());
            permissions.set("scopes", scopes);
        }
        ObjectNode device = system.putObject("device");
        device.put("deviceId", deviceId);
        device.putObject("supportedInterfaces");
        system.put("apiEndpoint", api.endpoint());
        system.put("apiAccessToken", api.accessToken());
        return context;
    }

    private ObjectNode baseRequest(String type) {
        ObjectNode request = JSON.createObjectNode();
        request.put("type", type);
        request.put("requestId", "amzn1.echo-api.request." + UUID.randomUUID());
        request.put("timestamp", now());
        request.put("locale", locale);
        return request;
    }

    private String now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** A conversation's session as the local device keeps it between turns. */
    public static final class LocalSession {
        private final String id = "amzn1.echo-api.session." + UUID.randomUUID();
        private boolean isNew = true;
        private Map<String, Object> attributes = Map.of();

        public String id() {
            return id;
        }

        public boolean isNew() {
            return isNew;
        }

        public Map<String, Object> attributes() {
            return attributes;
        }

        /** Carries the skill's session attributes into the next turn. */
        public void advance(Map<String, Object> newAttributes) {
            isNew = false;
            attributes = newAttributes == null ? Map.of() : newAttributes;
        }
    }
}
