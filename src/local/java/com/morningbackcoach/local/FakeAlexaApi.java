package com.morningbackcoach.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * A stand-in for Alexa's service APIs on loopback, speaking real HTTP: the Settings API's time zone, the Reminders
 * API and the Timers API. It checks the bearer token and the permissions the user granted, keeps what was scheduled,
 * and can be told to answer the next calls with an error or to answer slowly.
 */
public final class FakeAlexaApi implements AutoCloseable {

    public static final String REMINDERS_SCOPE = "alexa::alerts:reminders:skill:readwrite";
    public static final String TIMERS_SCOPE = "alexa::alerts:timers:skill:readwrite";
    private static final String REMINDERS = "/v1/alerts/reminders";
    private static final String TIMERS = "/v1/alerts/timers";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A reminder as the skill asked for it, with the id the API gave it. */
    public record Reminder(String id, JsonNode request) {
        public String zone() {
            return request.path("trigger").path("timeZoneId").asText();
        }

        public String recurrenceRule() {
            return request.path("trigger").path("recurrence").path("recurrenceRules").path(0).asText();
        }

        /** "07:00" from the rule's hour and minute. */
        public String time() {
            Map<String, String> parts = new LinkedHashMap<>();
            for (String part : recurrenceRule().split(";")) {
                String[] pair = part.split("=", 2);
                parts.put(pair[0], pair.length > 1 ? pair[1] : "");
            }
            return String.format("%02d:%02d", Integer.parseInt(parts.getOrDefault("BYHOUR", "0")),
                    Integer.parseInt(parts.getOrDefault("BYMINUTE", "0")));
        }

        public String text() {
            return request.path("alertInfo").path("spokenInfo").path("content").path(0).path("text").asText();
        }
    }

    /** A request the skill sent: "METHOD /path", and its JSON body (an empty object when it had none). */
    public record Received(String call, JsonNode body) {
    }

    /** A timer as the skill started it. */
    public record Timer(String id, Duration duration, String label, String announcement) {
    }

    private final HttpServer server;
    private volatile ZoneId zone;
    private final String accessToken;
    private final Set<String> granted = ConcurrentHashMap.newKeySet();
    private final Map<String, Reminder> reminders = new ConcurrentHashMap<>();
    private final List<Timer> timers = new CopyOnWriteArrayList<>();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Deque<Integer> failures = new ArrayDeque<>();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private volatile Duration delay = Duration.ZERO;

    private FakeAlexaApi(HttpServer server, ZoneId zone, String accessToken) {
        this.server = server;
        this.zone = zone;
        this.accessToken = accessToken;
    }

    /** Listens on a free loopback port; every device is in {@code zone}, and no permission is granted yet. */
    public static FakeAlexaApi start(ZoneId zone) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "fake-alexa-api");
            thread.setDaemon(true);
            return thread;
        }));
        FakeAlexaApi api = new FakeAlexaApi(server, zone, "local-access-token-" + UUID.randomUUID());
        server.createContext("/", api::handle);
        server.start();
        return api;
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The token requests must carry, as {@code apiAccessToken} in the request envelope. */
    public String accessToken() {
        return accessToken;
    }

    public FakeAlexaApi grant(String scope) {
        granted.add(scope);
        return this;
    }

    public FakeAlexaApi revoke(String scope) {
        granted.remove(scope);
        return this;
    }

    public boolean isGranted(String scope) {
        return granted.contains(scope);
    }

    public List<Reminder> reminders() {
        return List.copyOf(reminders.values());
    }

    public List<Timer> timers() {
        return List.copyOf(timers);
    }

    /** Every call so far, as "METHOD /path". */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    /** Every request so far with its body, in order, as the skill sent it. */
    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The time zone the Settings API reports from now on. */
    public FakeAlexaApi reportZone(ZoneId newZone) {
        this.zone = newZone;
        return this;
    }

    /** The next calls, to any of the APIs, answer with these statuses, one each, in order. */
    public synchronized FakeAlexaApi failNext(int... statuses) {
        for (int status : statuses) {
            failures.add(status);
        }
        return this;
    }

    /** Every answer comes this much later, as from a slow or unreachable service. */
    public FakeAlexaApi answerAfter(Duration newDelay) {
        this.delay = newDelay;
        return this;
    }

    /** The user deletes a reminder in the Alexa app. */
    public void deleteInTheApp(String reminderId) {
        reminders.remove(reminderId);
    }

    /** Tells {@code listener} in a sentence about each reminder or timer scheduled, moved or deleted. */
    public void onChange(Consumer<String> listener) {
        listeners.add(listener);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            calls.add(method + " " + path);
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            received.add(new Received(method + " " + path, readBody(body)));
            pause();
            Answer answer = answer(method, path, exchange.getRequestHeaders().getFirst("Authorization"), body);
            byte[] out = answer.body == null ? new byte[0] : JSON.writeValueAsBytes(answer.body);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.status, out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                try (OutputStream stream = exchange.getResponseBody()) {
                    stream.write(out);
                }
            }
        }
    }

    private static JsonNode readBody(byte[] body) {
        try {
            return body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(new String(body, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private record Answer(int status, Object body) {
        static Answer error(int status, String code) {
            return new Answer(status, Map.of("code", code, "message", code));
        }
    }

    private Answer answer(String method, String path, String authorization, byte[] body) {
        Integer failure = nextFailure();
        if (failure != null) {
            return failure == 204 ? new Answer(204, null) : Answer.error(failure, "INJECTED_" + failure);
        }
        if (path.startsWith("/v2/devices/") && path.endsWith("/settings/System.timeZone") && method.equals("GET")) {
            return new Answer(200, zone.getId());
        }
        boolean reminderCall = path.equals(REMINDERS) || path.startsWith(REMINDERS + "/");
        boolean timerCall = path.equals(TIMERS) || path.startsWith(TIMERS + "/");
        if (!reminderCall && !timerCall) {
            return Answer.error(404, "NOT_FOUND");
        }
        if (!("Bearer " + accessToken).equals(authorization)
                || !granted.contains(reminderCall ? REMINDERS_SCOPE : TIMERS_SCOPE)) {
            return Answer.error(401, "UNAUTHORIZED");
        }
        try {
            return reminderCall ? reminder(method, path, JSON.readTree(body.length == 0 ? "{}".getBytes() : body))
                    : timer(method, path, JSON.readTree(body.length == 0 ? "{}".getBytes() : body));
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
            return Answer.error(400, "INVALID_REQUEST");
        }
    }

    private Answer reminder(String method, String path, JsonNode request) {
        String id = path.length() > REMINDERS.length() ? path.substring(REMINDERS.length() + 1) : null;
        if (id == null && method.equals("POST")) {
            checkDaily(request);
            Reminder created = new Reminder("amzn1.alexa.reminder." + UUID.randomUUID(), request);
            reminders.put(created.id(), created);
            tell("Reminder set: every day at " + created.time() + " (" + created.zone() + "), saying \""
                    + created.text() + "\"");
            return new Answer(201, reminderResponse(created.id()));
        }
        if (id == null || !reminders.containsKey(id)) {
            return Answer.error(404, "NOT_FOUND");
        }
        switch (method) {
            case "GET" -> {
                ObjectNode kept = (ObjectNode) reminders.get(id).request().deepCopy();
                kept.put("alertToken", id);
                return new Answer(200, kept);
            }
            case "PUT" -> {
                checkDaily(request);
                Reminder moved = new Reminder(id, request);
                reminders.put(id, moved);
                tell("Reminder moved: every day at " + moved.time() + " (" + moved.zone() + ")");
                return new Answer(200, reminderResponse(id));
            }
            case "DELETE" -> {
                reminders.remove(id);
                tell("Reminder deleted");
                return new Answer(200, null);
            }
            default -> {
                return Answer.error(405, "METHOD_NOT_ALLOWED");
            }
        }
    }

    private Answer timer(String method, String path, JsonNode request) {
        if (!method.equals("POST") || !path.equals(TIMERS)) {
            return Answer.error(404, "NOT_FOUND");
        }
        Duration duration = Duration.parse(request.path("duration").asText());
        if (duration.isNegative() || duration.isZero() || duration.compareTo(Duration.ofHours(24)) > 0) {
            throw new IllegalArgumentException("duration");
        }
        String announcement = request.path("triggeringBehavior").path("operation").path("textToAnnounce").path(0)
                .path("text").asText();
        if (!request.path("triggeringBehavior").path("operation").path("type").asText().equals("ANNOUNCE")
                || announcement.isBlank()) {
            throw new IllegalArgumentException("announcement");
        }
        Timer timer = new Timer(UUID.randomUUID().toString(), duration, request.path("timerLabel").asText(),
                announcement);
        timers.add(timer);
        tell("Timer started: " + duration.toString().substring(2).toLowerCase() + ", then \"" + announcement + "\"");
        ObjectNode response = JSON.createObjectNode();
        response.put("id", timer.id());
        response.put("status", "ON");
        response.put("duration", duration.toString());
        response.put("timerLabel", timer.label());
        response.put("createdTime", Instant.now().toString());
        response.put("triggerTime", Instant.now().plus(duration).toString());
        return new Answer(200, response);
    }

    /** What Alexa would refuse in a daily reminder: no zone, no daily rule, no words. */
    private static void checkDaily(JsonNode request) {
        JsonNode trigger = request.path("trigger");
        ZoneId.of(trigger.path("timeZoneId").asText());
        String rule = trigger.path("recurrence").path("recurrenceRules").path(0).asText();
        if (!trigger.path("type").asText().equals("SCHEDULED_ABSOLUTE") || !rule.startsWith("FREQ=DAILY;")
                || !rule.contains("BYHOUR=") || !rule.contains("BYMINUTE=")
                || trigger.path("recurrence").path("startDateTime").asText().isBlank()
                || request.path("alertInfo").path("spokenInfo").path("content").path(0).path("text").asText().isBlank()
                || request.path("requestTime").asText().isBlank()) {
            throw new IllegalArgumentException("Not a daily reminder");
        }
    }

    private static ObjectNode reminderResponse(String id) {
        ObjectNode response = JSON.createObjectNode();
        response.put("alertToken", id);
        response.put("createdTime", Instant.now().toString());
        response.put("updatedTime", Instant.now().toString());
        response.put("status", "ON");
        response.put("version", "1");
        response.put("href", REMINDERS + "/" + id);
        return response;
    }

    private synchronized Integer nextFailure() {
        return failures.poll();
    }

    private void pause() {
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void tell(String change) {
        listeners.forEach(listener -> listener.accept(change));
    }
}
