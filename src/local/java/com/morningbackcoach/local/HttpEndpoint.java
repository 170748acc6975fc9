package com.morningbackcoach.local;

import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.servlet.ServletConstants;
import com.amazon.ask.servlet.verifiers.AlexaHttpRequest;
import com.amazon.ask.servlet.verifiers.SkillRequestSignatureVerifier;
import com.amazon.ask.servlet.verifiers.SkillRequestTimestampVerifier;
import com.amazon.ask.servlet.verifiers.SkillServletVerifier;
import com.amazon.ask.util.JacksonSerializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * Serves Alexa requests by POST on {@code /}, through the same stream handler Lambda runs. Alexa's signature and
 * timestamp checks (the ASK SDK's servlet verifiers) are on unless turned off for local tools.
 */
public final class HttpEndpoint implements AutoCloseable {

    static final int MAX_BODY_BYTES = 128 * 1024;
    static final long TIMESTAMP_TOLERANCE_MILLIS = ServletConstants.DEFAULT_TOLERANCE_MILLIS;
    private static final Logger LOG = LoggerFactory.getLogger(HttpEndpoint.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final LocalSkill skill;
    private final List<SkillServletVerifier> verifiers;
    private final JacksonSerializer serializer = new JacksonSerializer();

    private HttpEndpoint(HttpServer server, LocalSkill skill, List<SkillServletVerifier> verifiers) {
        this.server = server;
        this.skill = skill;
        this.verifiers = verifiers;
    }

    /** Starts serving; port 0 picks a free port. */
    public static HttpEndpoint start(LocalSkill skill, String host, int port, boolean verify) throws IOException {
        List<SkillServletVerifier> verifiers = verify
                ? List.of(new SkillRequestTimestampVerifier(TIMESTAMP_TOLERANCE_MILLIS), new SkillRequestSignatureVerifier())
                : List.of();
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        HttpEndpoint endpoint = new HttpEndpoint(server, skill, verifiers);
        server.createContext("/", endpoint::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        return endpoint;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod()) || !"/".equals(exchange.getRequestURI().getPath())) {
                reply(exchange, 405, "Only POST / is served");
                return;
            }
            byte[] body = readAtMost(exchange.getRequestBody(), MAX_BODY_BYTES);
            if (body == null) {
                reply(exchange, 413, "Request body is over 128 KiB");
                return;
            }
            RequestEnvelope envelope;
            try {
                JsonNode tree = JSON.readTree(body);
                if (tree == null || !tree.path("request").path("type").isTextual() || !tree.has("version")) {
                    reply(exchange, 400, "Not an Alexa request envelope");
                    return;
                }
                envelope = serializer.deserialize(new String(body, StandardCharsets.UTF_8), RequestEnvelope.class);
            } catch (IOException | RuntimeException e) {
                reply(exchange, 400, "Request body is not valid JSON");
                return;
            }
            try {
                AlexaHttpRequest request = new VerifiableRequest(
                        exchange.getRequestHeaders().getFirst(ServletConstants.SIGNATURE_REQUEST_HEADER),
                        exchange.getRequestHeaders().getFirst(ServletConstants.SIGNATURE_CERTIFICATE_CHAIN_URL_REQUEST_HEADER),
                        body, envelope);
                for (SkillServletVerifier verifier : verifiers) {
                    verifier.verify(request);
                }
            } catch (SecurityException e) {
                reply(exchange, 400, "Request failed verification: " + e.getMessage());
                return;
            }
            byte[] response = skill.invoke(body);
            exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
            exchange.sendResponseHeaders(200, response.length == 0 ? -1 : response.length);
            if (response.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(response);
                }
            }
        } catch (Exception e) {
            LOG.warn("Request failed: {}", e.toString());
            reply(exchange, 500, "The skill could not answer");
        }
    }

    /** The body, or null when it is longer than {@code limit}. */
    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        byte[] body = in.readNBytes(limit + 1);
        return body.length > limit ? null : body;
    }

    private static void reply(HttpExchange exchange, int status, String reason) {
        try {
            byte[] text = (reason + "\n").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain;charset=UTF-8");
            exchange.sendResponseHeaders(status, text.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(text);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not send {}: {}", status, e.toString());
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    /** What the verifiers need to know of one HTTP request. */
    private record VerifiableRequest(String signature, String certificateChainUrl, byte[] body, RequestEnvelope envelope)
            implements AlexaHttpRequest {

        @Override
        public String getBaseEncoded64Signature() {
            return signature;
        }

        @Override
        public String getSigningCertificateChainUrl() {
            return certificateChainUrl;
        }

        @Override
        public byte[] getSerializedRequestEnvelope() {
            return body;
        }

        @Override
        public RequestEnvelope getDeserializedRequestEnvelope() {
            return envelope;
        }
    }
}
