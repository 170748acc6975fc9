package com.morningbackcoach.local;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;

/** A stand-in for the Alexa Settings API on loopback, reporting one time zone for every device. */
public final class FakeSettingsApi implements AutoCloseable {

    private final HttpServer server;

    private FakeSettingsApi(HttpServer server) {
        this.server = server;
    }

    public static FakeSettingsApi start(ZoneId zone) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v2/devices/", exchange -> {
            byte[] body = exchange.getRequestURI().getPath().endsWith("/settings/System.timeZone")
                    ? ("\"" + zone.getId() + "\"").getBytes(StandardCharsets.UTF_8)
                    : new byte[0];
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(body.length == 0 ? 404 : 200, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return new FakeSettingsApi(server);
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
