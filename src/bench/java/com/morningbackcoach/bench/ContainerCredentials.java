package com.morningbackcoach.bench;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A container credentials endpoint on loopback, as Lambda offers one under SnapStart: made-up keys for a token (the
 * key id is the one the table was made with, as DynamoDB Local keeps tables apart by key id). Counts
 * the requests made before and after the restore proxy's restore.
 */
final class ContainerCredentials {

    static final String TOKEN = "bench-token";
    private final HttpServer server;
    private final List<Long> asked = new CopyOnWriteArrayList<>();
    private final AtomicInteger before = new AtomicInteger();
    private final AtomicInteger after = new AtomicInteger();

    private ContainerCredentials(HttpServer server) {
        this.server = server;
    }

    static ContainerCredentials start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ContainerCredentials credentials = new ContainerCredentials(server);
            server.createContext("/credentials", exchange -> {
                credentials.asked.add(System.nanoTime());
                boolean allowed = TOKEN.equals(exchange.getRequestHeaders().getFirst("Authorization"));
                byte[] body = (allowed ? "{\"AccessKeyId\":\"local\",\"SecretAccessKey\":\"local\","
                        + "\"Token\":\"bench\",\"Expiration\":\"" + Instant.now().plus(1, ChronoUnit.HOURS) + "\"}"
                        : "{}").getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(allowed ? 200 : 403, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.setExecutor(null);
            server.start();
            return credentials;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/credentials";
    }

    /** Forgets the requests of earlier runs. */
    void runStarts() {
        asked.clear();
    }

    /**
     * Sorts this run's requests by the moment the skill's process reported its restore, read off the same monotonic
     * clock ({@code System.nanoTime()} is the machine's, on Linux).
     */
    void runEnded(long restoredAtNanos) {
        for (long at : asked) {
            (at < restoredAtNanos ? before : after).incrementAndGet();
        }
        asked.clear();
    }

    int beforeRestore() {
        return before.get();
    }

    int afterRestore() {
        return after.get();
    }

    void reset() {
        before.set(0);
        after.set(0);
    }
}
