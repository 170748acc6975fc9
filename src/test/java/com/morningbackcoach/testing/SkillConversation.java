package com.morningbackcoach.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.amazon.ask.model.services.ApiClient;
import com.morningbackcoach.app.SkillRuntime;
import com.morningbackcoach.local.FakeAlexaApi;
import com.morningbackcoach.local.LocalSkill;
import com.morningbackcoach.app.MorningBackCoachStreamHandler;
import com.morningbackcoach.app.SkillFactory;
import com.morningbackcoach.conversation.SkillServices;
import com.morningbackcoach.user.StoredProfile;
import com.morningbackcoach.user.UserProfile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Talks to the skill the way a device does: replays the request JSON fixtures in {@code /requests} through the
 * Lambda stream handler, carrying the session and its attributes from one turn to the next. Every response must be
 * one Amazon's model classes define ({@link AmazonModels}).
 */
public final class SkillConversation {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_ROUTINE_TURNS = 40;
    private static final String REMINDER_OFFER = "reminder.offer.after_morning";
    private static final String STEP_UP_OFFER = "level.offer.step_up";
    private static final String HOW_IT_FELT = "level.how_it_felt";

    private final LocalSkill skill;
    private final SkillServices services;
    private String userId = "amzn1.ask.account.TEST-USER";
    private String sessionId;
    private JsonNode attributes;
    private final List<Reply> replies = new ArrayList<>();
    private Instant stampedAt;
    private boolean screen;
    private boolean audio;
    private FakeAlexaApi alexaApi;
    private String locale = "en-US";

    public SkillConversation(SkillServices services) {
        this(services, null);
    }

    /** @param apiClient how the skill reaches the Alexa service APIs, usually a mock */
    public SkillConversation(SkillServices services, ApiClient apiClient) {
        this.services = services;
        this.skill = new LocalSkill(new MorningBackCoachStreamHandler(SkillFactory.create(services, null, apiClient)));
    }

    /**
     * Talks to a skill whose Alexa API calls (settings, reminders, timers) reach {@code api} over real HTTP on
     * loopback: requests carry its endpoint and token, and the permissions the user granted there.
     */
    public static SkillConversation withAlexaApi(SkillServices services, FakeAlexaApi api) {
        SkillConversation talk = new SkillConversation(services, SkillRuntime.alexaApiClient());
        talk.alexaApi = api;
        return talk;
    }

    /**
     * The user answers Alexa's permission question from the last reply: {@code status} is ACCEPTED, DENIED or
     * NOT_ANSWERED. As on a device, an acceptance grants the permission, and the answer reaches the skill in a new
     * session with the token the skill sent.
     */
    public Reply answerPermission(String status) {
        JsonNode asked = replies.get(replies.size() - 1).permissionRequest();
        if (asked.isMissingNode()) {
            throw new AssertionError("The last reply asked for no permission");
        }
        String scope = asked.path("payload").path("permissionScope").asText();
        if (status.equals("ACCEPTED")) {
            alexaApi.grant(scope);
        }
        return permissionAnswer("200", scope, status, asked.path("token").asText());
    }

    /** A Connections.Response for Alexa's permission request, as Alexa would send it, in a new session. */
    public Reply permissionAnswer(String code, String scope, String status, String token) {
        endSession();
        ObjectNode envelope = fixture("LaunchRequest");
        ObjectNode request = envelope.putObject("request");
        request.put("type", "Connections.Response");
        request.put("requestId", "amzn1.echo-api.request.permission");
        request.put("locale", locale);
        request.put("name", "AskFor");
        request.putObject("status").put("code", code).put("message", code.equals("200") ? "OK" : "Error");
        request.putObject("payload").put("permissionScope", scope).put("status", status);
        request.put("token", token);
        return send(envelope);
    }

    /** The skill opened by an Alexa routine for one of its tasks, as the task's name and version. */
    public Reply launchForTask(String name, String version) {
        endSession();
        ObjectNode envelope = fixture("LaunchRequest");
        ((ObjectNode) envelope.path("request")).putObject("task").put("name", name).put("version", version);
        return send(envelope);
    }

    /** Stamps the following requests with {@code timestamp} instead of the services' clock; null goes back to it. */
    public SkillConversation stampRequestsAt(Instant timestamp) {
        this.stampedAt = timestamp;
        return this;
    }

    /** Talks from a device set to {@code localeTag}, such as {@code es-MX}, instead of en-US. */
    public SkillConversation inLocale(String localeTag) {
        this.locale = localeTag;
        return this;
    }

    /** Talks from a device with a screen (APL), such as an Echo Show. */
    public SkillConversation onAScreen() {
        this.screen = true;
        return this;
    }

    /** Talks from a device that declares APL for Audio in its supported interfaces. */
    public SkillConversation withAplForAudio() {
        this.audio = true;
        return this;
    }

    /** A tap on a screen's button that stands for {@code intent}, as APL sends it. */
    public Reply tap(String intent) {
        ObjectNode envelope = fixture("LaunchRequest");
        ObjectNode request = envelope.putObject("request");
        request.put("type", "Alexa.Presentation.APL.UserEvent");
        request.put("requestId", "amzn1.echo-api.request.tap");
        request.put("locale", locale);
        request.put("token", "morningBackCoach");
        request.putArray("arguments").add("intent").add(intent);
        return send(envelope);
    }

    /** Makes this user one who already heard the one-time safety note and chose the standard routine. */
    public SkillConversation afterSafetyNote() {
        StoredProfile known = services.store().load(userId);
        UserProfile base = known.profile();
        services.store().save(userId, known, base.withSettings(base.settings().withSafetyNoteGiven()));
        return this;
    }

    public SkillConversation asUser(String id) {
        this.userId = id;
        return this;
    }

    public String userId() {
        return userId;
    }

    /** "Alexa, open morning back coach": always a new session. */
    public Reply launch() {
        endSession();
        return send(fixture("LaunchRequest"));
    }

    /** An intent inside the current session, or a one-shot invocation when no session is open. */
    public Reply say(String intentName) {
        return say(intentName, Map.of());
    }

    /** An intent with slot values: a plain value, or {@code value|id} for a value entity resolution matched. */
    public Reply say(String intentName, Map<String, String> slots) {
        if (intentName.equals("LaunchRequest")) {
            return launch();
        }
        ObjectNode envelope = fixture("IntentRequest");
        ObjectNode intent = (ObjectNode) envelope.path("request").path("intent");
        intent.put("name", intentName);
        if (!slots.isEmpty()) {
            ObjectNode slotNodes = intent.putObject("slots");
            slots.forEach((name, value) -> slotNodes.set(name, slot(name, value)));
        }
        return send(envelope);
    }

    /**
     * Opens the skill, starts the routine (answering no to the safety note before a first routine) and says next
     * until it is finished; returns the closing reply. After a third or seventh morning in a row that reply offers a
     * daily reminder and the session stays open for the answer.
     */
    public Reply completeRoutine() {
        launch();
        Reply reply = say("StartRoutineIntent");
        if (reply.question().equals("routine.offer.safety_note") || reply.question().equals("routine.offer.carry_on")
                || reply.question().equals(STEP_UP_OFFER)) {
            reply = say("AMAZON.NoIntent");
        }
        for (int turn = 0; turn < MAX_ROUTINE_TURNS && !finished(reply); turn++) {
            reply = say("AMAZON.NextIntent");
        }
        if (!finished(reply)) {
            throw new AssertionError("The routine did not finish; last reply: " + reply.speech());
        }
        return reply;
    }

    private static boolean finished(Reply reply) {
        return reply.endsSession() || reply.question().equals(REMINDER_OFFER) || reply.question().equals(HOW_IT_FELT);
    }

    /** A raw request body, sent as the device would, with the session carried in. */
    public Reply send(ObjectNode envelope) {
        Reply reply = new Reply(invoke(withSession(envelope)));
        AmazonModels.response(reply.envelope());
        replies.add(reply);
        if (reply.endsSession()) {
            endSession();
        } else {
            attributes = reply.sessionAttributes();
        }
        return reply;
    }

    /** The request an intent would be sent as now, with the session carried in, without sending it. */
    public ObjectNode intentRequest(String intentName) {
        ObjectNode envelope = fixture("IntentRequest");
        ((ObjectNode) envelope.path("request").path("intent")).put("name", intentName);
        String current = sessionId;
        ObjectNode prepared = withSession(envelope);
        sessionId = current;
        return prepared;
    }

    private ObjectNode withSession(ObjectNode envelope) {
        if (envelope.has("session")) {
            ObjectNode session = (ObjectNode) envelope.get("session");
            boolean isNew = sessionId == null;
            if (isNew) {
                sessionId = "amzn1.echo-api.session." + UUID.randomUUID();
            }
            session.put("new", isNew);
            session.put("sessionId", sessionId);
            session.set("attributes", isNew || attributes == null ? JSON.createObjectNode() : attributes.deepCopy());
            ((ObjectNode) session.path("user")).put("userId", userId);
        }
        ((ObjectNode) envelope.path("context").path("System").path("user")).put("userId", userId);
        if (audio) {
            ((ObjectNode) envelope.path("context").path("System").path("device").path("supportedInterfaces"))
                    .putObject("Alexa.Presentation.APLA");
        }
        if (screen) {
            ((ObjectNode) envelope.path("context").path("System").path("device").path("supportedInterfaces"))
                    .putObject("Alexa.Presentation.APL").putObject("runtime").put("maxVersion", "1.4");
        }
        if (alexaApi != null) {
            ObjectNode system = (ObjectNode) envelope.path("context").path("System");
            system.put("apiEndpoint", alexaApi.endpoint());
            system.put("apiAccessToken", alexaApi.accessToken());
            ObjectNode scopes = JSON.createObjectNode();
            for (String scope : List.of(FakeAlexaApi.REMINDERS_SCOPE, FakeAlexaApi.TIMERS_SCOPE)) {
                if (alexaApi.isGranted(scope)) {
                    scopes.putObject(scope).put("status", "GRANTED");
                }
            }
            if (!scopes.isEmpty()) {
                ((ObjectNode) system.path("user")).putObject("permissions").set("scopes", scopes);
            }
        }
        Instant timestamp = stampedAt != null ? stampedAt : services.clock().instant();
        ((ObjectNode) envelope.path("request")).put("timestamp", timestamp.toString());
        ((ObjectNode) envelope.path("request")).put("locale", locale);
        return envelope;
    }

    /** The session closes without a word, as after a few seconds of silence. */
    public void endSession() {
        sessionId = null;
        attributes = null;
    }

    public boolean inSession() {
        return sessionId != null;
    }

    /** Overwrites one session attribute, as a corrupted or tampered session would. */
    public void tamperWithSessionAttribute(String name, JsonNode value) {
        ((ObjectNode) attributes).set(name, value);
    }

    /** The self-check answers held in the session after the last reply, as codes ("YNU"); empty when not in a check. */
    public String checkAnswers() {
        Reply last = replies.get(replies.size() - 1);
        return "check".equals(last.activity()) ? last.activityState().asText() : "";
    }

    public Reply lastReply() {
        return replies.get(replies.size() - 1);
    }

    public List<Reply> replies() {
        return List.copyOf(replies);
    }

    public static ObjectNode fixture(String name) {
        try (InputStream in = SkillConversation.class.getResourceAsStream("/requests/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("No request fixture " + name);
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs raw bytes through the stream handler and returns the raw response. */
    public byte[] invokeRaw(byte[] body) throws IOException {
        return skill.invoke(body);
    }

    private JsonNode invoke(ObjectNode envelope) {
        return skill.invoke(envelope);
    }

    private static ObjectNode slot(String name, String value) {
        ObjectNode slot = JSON.createObjectNode();
        slot.put("name", name);
        slot.put("confirmationStatus", "NONE");
        if (value == null) {
            return slot;
        }
        String[] parts = value.split("\\|", 2);
        slot.put("value", parts[0]);
        slot.put("source", "USER");
        ObjectNode authority = slot.putObject("resolutions").putArray("resolutionsPerAuthority").addObject();
        authority.put("authority", "amzn1.er-authority.echo-sdk.test." + name);
        if (parts.length == 2) {
            authority.putObject("status").put("code", "ER_SUCCESS_MATCH");
            ObjectNode resolved = authority.putArray("values").addObject().putObject("value");
            resolved.put("name", parts[0]);
            resolved.put("id", parts[1]);
        } else {
            authority.putObject("status").put("code", "ER_SUCCESS_NO_MATCH");
        }
        return slot;
    }
}
