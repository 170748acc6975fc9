package com.morningbackcoach.app;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.morningbackcoach.conversation.AudioDocuments;
import com.morningbackcoach.conversation.Screens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.crac.Context;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Invoke priming for Lambda SnapStart, as AWS's guidance describes it: before the snapshot, the skill's own handler
 * answers the synthetic conversations in {@code /priming/dialogues.json} (a returning user resuming the routine, a new
 * user's first routine, one-shot questions, the self-check, the streak). So the snapshot holds the loaded classes,
 * the JIT's work and the filled caches of every path a first request takes: request and response JSON, speech bundles
 * and SSML, the routine content, the screens (APL documents and taps, on a device with a screen, beside the voice-only
 * path), the Settings API client, and the DynamoDB client's marshalling, endpoint resolution,
 * request signing, HTTP call and unmarshalling. Then the first half of a TLS handshake, and class priming for what a
 * first request after a restore still loaded.
 * <p>
 * Nothing real is reached and nothing is left behind: the storage calls go to a DynamoDB client built like the real one
 * and routed to a loopback {@link PrimingStub}, which also answers the Settings API; the requests are signed with
 * made-up keys, so the real credentials chain is never asked before the snapshot (under SnapStart, Lambda supplies the
 * role's keys through the container endpoint, read on the first call after a restore). The stub closes every
 * connection it answers, so no connection is open in the snapshot.
 */
public final class SnapStartPriming implements Resource {

    static final String DIALOGUES = "/priming/dialogues.json";
    static final String RETURNING_PROFILE = "/priming/returning-profile.json";
    static final String CLASSES = "/priming/classes.txt";
    private static final Logger LOG = LoggerFactory.getLogger(SnapStartPriming.class);
    private static final String ANY_SKILL = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000";
    private static final String RENDER_DOCUMENT = "Alexa.Presentation.APL.RenderDocument";
    private static final String RENDER_AUDIO = "Alexa.Presentation.APLA.RenderDocument";
    private static final String APL_USER_EVENT = "Alexa.Presentation.APL.UserEvent";

    /** Made when priming runs, not when Lambda's init builds the handler. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private final RequestStreamHandler handler;
    private final SkillRuntime runtime;

    SnapStartPriming(RequestStreamHandler handler, SkillRuntime runtime) {
        this.handler = handler;
        this.runtime = runtime;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        Result result = prime();
        LOG.info("Primed: {} of {} synthetic requests answered, {} with a screen, {} with APL for Audio; stand-in calls:"
                        + " {} GetItem, {} PutItem, {} Settings API, {} TLS; {} classes loaded", result.answered(),
                result.requests(), result.screens(), result.audio(), result.getItems(), result.putItems(), result.settingsCalls(), result.tlsHandshakes(),
                result.classesLoaded());
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to renew: priming opened no connection that outlives it, and resolved no credentials
    }

    /** What priming did. */
    record Result(int requests, int answered, int screens, int audio, int getItems, int putItems, int settingsCalls,
                  int tlsHandshakes, int classesLoaded) {
    }

    /** Runs every synthetic conversation through the handler against the stub, then the TLS and class priming. */
    Result prime() {
        Instant now = Instant.now();
        try (PrimingStub stub = PrimingStub.start(body -> returningProfile(now))) {
            int[] counts = runtime.primeThrough(stub.uri(), () -> converse(stub, now));
            beginTlsHandshake(stub.uri());
            int classes = loadClasses();
            return new Result(counts[0], counts[1], counts[2], counts[3], stub.calls("GetItem"), stub.calls("PutItem"),
                    stub.calls("Settings"), stub.calls("TLS"), classes);
        }
    }

    /**
     * The DynamoDB endpoint and the Settings API are reached over TLS on Lambda, the stub over plain HTTP. This builds
     * the JDK's default TLS context (trust store read, shared by both clients) and runs the first half of a client
     * handshake, which the stub cuts: the handshake code a first call runs is loaded, and no session is kept.
     */
    private static void beginTlsHandshake(URI stub) {
        try {
            SSLContext.getDefault();
            HttpsURLConnection connection = (HttpsURLConnection) URI.create("https://" + stub.getRawAuthority() + "/")
                    .toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(1000);
            connection.connect();
            connection.disconnect();
        } catch (IOException | NoSuchAlgorithmException expected) {
            // the stub cuts every handshake
        }
    }

    /**
     * Class priming, as AWS's guidance describes it: loads and initialises the classes in {@value #CLASSES}, those a
     * first request after a restore still loaded after the invoke priming above (the restore proxy of
     * {@code bench/cold-start.sh} lists them). Returns how many were found.
     */
    static int loadClasses() {
        String list = new String(bytes(CLASSES), StandardCharsets.UTF_8);
        int loaded = 0;
        for (String line : list.split("\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            try {
                Class.forName(name, true, SnapStartPriming.class.getClassLoader());
                loaded++;
            } catch (ClassNotFoundException | LinkageError missing) {
                LOG.debug("Not primed: {}", name);
            }
        }
        return loaded;
    }

    private int[] converse(PrimingStub stub, Instant now) {
        JsonNode dialogues = resource(DIALOGUES).path("dialogues");
        int requests = 0;
        int answered = 0;
        int screens = 0;
        int audio = 0;
        int session = 0;
        for (JsonNode dialogue : dialogues) {
            String user = dialogue.path("user").asText();
            boolean screen = dialogue.path("screen").asBoolean(false);
            boolean plays = dialogue.path("audio").asBoolean(false);
            JsonNode attributes = Json.MAPPER.createObjectNode();
            boolean newSession = true;
            session++;
            for (JsonNode turn : dialogue.path("turns")) {
                requests++;
                ObjectNode request = envelope(stub, user, session, requests, newSession, attributes, screen, plays, turn,
                        now.plusSeconds(requests));
                JsonNode response = answer(request);
                boolean played = renders(response, RENDER_AUDIO);
                if (!response.path("response").path("outputSpeech").isMissingNode() || played) {
                    answered++;
                }
                if (renders(response, RENDER_DOCUMENT)) {
                    screens++;
                }
                if (played) {
                    audio++;
                }
                attributes = response.path("sessionAttributes").isObject()
                        ? response.path("sessionAttributes") : Json.MAPPER.createObjectNode();
                newSession = response.path("response").path("shouldEndSession").asBoolean(false);
                if (newSession) {
                    attributes = Json.MAPPER.createObjectNode();
                    session++;
                }
            }
        }
        return new int[] {requests, answered, screens, audio};
    }

    private static boolean renders(JsonNode response, String directiveType) {
        for (JsonNode directive : response.path("response").path("directives")) {
            if (directiveType.equals(directive.path("type").asText())) {
                return true;
            }
        }
        return false;
    }

    private JsonNode answer(ObjectNode request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = new ByteArrayInputStream(Json.MAPPER.writeValueAsBytes(request))) {
            handler.handleRequest(in, out, null);
            return Json.MAPPER.readTree(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode envelope(PrimingStub stub, String user, int session, int number, boolean newSession,
                                JsonNode attributes, boolean screen, boolean plays, JsonNode turn, Instant at) {
        String skillId = runtime.skillId().orElse(ANY_SKILL);
        ObjectNode envelope = Json.MAPPER.createObjectNode().put("version", "1.0");
        ObjectNode sessionNode = envelope.putObject("session")
                .put("new", newSession)
                .put("sessionId", "amzn1.echo-api.session.priming-" + session);
        sessionNode.putObject("application").put("applicationId", skillId);
        sessionNode.set("attributes", attributes);
        sessionNode.putObject("user").put("userId", user);
        ObjectNode system = envelope.putObject("context").putObject("System");
        system.putObject("application").put("applicationId", skillId);
        system.putObject("user").put("userId", user);
        ObjectNode device = system.putObject("device").put("deviceId", "amzn1.ask.device.PRIMING");
        ObjectNode interfaces = device.putObject("supportedInterfaces");
        if (screen) {
            interfaces.putObject("Alexa.Presentation.APL").putObject("runtime").put("maxVersion", "1.4");
        }
        if (plays) {
            interfaces.putObject(AudioDocuments.INTERFACE);
        }
        system.put("apiEndpoint", stub.uri().toString()).put("apiAccessToken", "priming");
        ObjectNode request = envelope.putObject("request")
                .put("type", turn.has("tap") ? APL_USER_EVENT : turn.path("type").asText("IntentRequest"))
                .put("requestId", "amzn1.echo-api.request.priming-" + number)
                .put("timestamp", at.truncatedTo(ChronoUnit.SECONDS).toString())
                .put("locale", "en-US");
        if (turn.has("tap")) {
            request.put("token", Screens.TOKEN);
            request.putArray("arguments").add("intent").add(turn.path("tap").asText());
        } else if (turn.has("intent")) {
            request.put("dialogState", "STARTED");
            request.putObject("intent").put("name", turn.path("intent").asText()).put("confirmationStatus", "NONE");
        }
        return envelope;
    }

    /** The stub's GetItem answer for the returning user: a streak, a place kept this morning, a zone due a check. */
    static String returningProfile(Instant now) {
        ZoneId zone = ZoneId.of(PrimingStub.TIME_ZONE);
        LocalDate today = LocalDate.ofInstant(now, zone);
        String template = new String(bytes(RETURNING_PROFILE), StandardCharsets.UTF_8);
        return template
                .replace("${user}", PrimingStub.RETURNING_USER)
                .replace("${today}", today.toString())
                .replace("${yesterday}", today.minusDays(1).toString())
                .replace("${yesterdayMorning}", today.minusDays(1).atTime(7, 0).atZone(zone).toInstant().toString())
                .replace("${savedAt}", now.minus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.SECONDS).toString())
                .replace("${zoneCheckedAt}", now.minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS).toString());
    }

    private static JsonNode resource(String name) {
        try {
            return Json.MAPPER.readTree(bytes(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String name) {
        try (InputStream in = SnapStartPriming.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("No priming resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
