package com.morningbackcoach.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.zip.CRC32;

/**
 * The stand-in for DynamoDB and the Alexa Settings API while SnapStart priming runs: an HTTP/1.1 server on loopback,
 * started and stopped inside {@code beforeCheckpoint}. It answers GetItem with a canned profile for
 * {@link #RETURNING_USER} and an empty item for anyone else, every other DynamoDB operation with an empty success, and
 * the Settings API's time-zone question with a zone; a TLS handshake is let begin and then cut. Each answer closes its
 * connection, so no client keeps one open into the snapshot.
 * <p>
 * A real server on a socket, rather than a stand-in inside the SDK, so that priming also runs the url-connection
 * client, the JDK's HttpURLConnection and HTTP client, and the SDK's response reading, all of which a first request
 * after a restore runs too.
 */
final class PrimingStub implements AutoCloseable {

    static final String RETURNING_USER = "amzn1.ask.account.PRIMING-RETURNING";
    static final String TIME_ZONE = "America/New_York";
    private static final int MAX_HEADER_BYTES = 16 * 1024;
    private static final int TLS_HANDSHAKE = 0x16;

    private final ServerSocket server;
    private final Thread thread;
    private final Function<String, String> returningProfile;
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    private PrimingStub(ServerSocket server, Function<String, String> returningProfile) {
        this.server = server;
        this.returningProfile = returningProfile;
        this.thread = new Thread(this::serve, "priming-stub");
        this.thread.setDaemon(true);
    }

    /** @param returningProfile the GetItem answer for the returning user, given the request body */
    static PrimingStub start(Function<String, String> returningProfile) {
        try {
            ServerSocket socket = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
            PrimingStub stub = new PrimingStub(socket, returningProfile);
            stub.thread.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI uri() {
        return URI.create("http://" + server.getInetAddress().getHostAddress() + ":" + server.getLocalPort());
    }

    /**
     * How many requests were answered, by DynamoDB operation ({@code GetItem}, {@code PutItem}), {@code Settings}, or
     * {@code TLS} for a TLS handshake begun.
     */
    int calls(String kind) {
        AtomicInteger count = calls.get(kind);
        return count == null ? 0 : count.get();
    }

    @Override
    public void close() {
        try {
            server.close();
            thread.join(1000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(2000);
                answer(socket.getInputStream(), socket.getOutputStream());
            } catch (SocketException closed) {
                return;
            } catch (IOException e) {
                // a client that gave up: the next one is served
            }
        }
    }

    private void answer(InputStream in, OutputStream out) throws IOException {
        int first = in.read();
        if (first < 0) {
            return;
        }
        if (first == TLS_HANDSHAKE) {
            // A TLS ClientHello: the client's handshake code has run; closing ends it
            count("TLS");
            return;
        }
        String head = (char) first + readHead(in);
        String[] lines = head.split("\r\n");
        String[] requestLine = lines[0].split(" ");
        String target = null;
        int length = 0;
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = lines[i].substring(colon + 1).trim();
                if (name.equals("x-amz-target")) {
                    target = value;
                } else if (name.equals("content-length")) {
                    length = Integer.parseInt(value);
                }
            }
        }
        String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
        if (target != null) {
            String operation = target.substring(target.indexOf('.') + 1);
            count(operation);
            String answer = operation.equals("GetItem") && body.contains(RETURNING_USER) ? returningProfile.apply(body) : "{}";
            respond(out, 200, "application/x-amz-json-1.0", answer, true);
        } else if (requestLine.length > 1 && requestLine[1].endsWith("/settings/System.timeZone")) {
            count("Settings");
            respond(out, 200, "application/json", "\"" + TIME_ZONE + "\"", false);
        } else {
            respond(out, 404, "text/plain", "not here", false);
        }
    }

    private void count(String kind) {
        calls.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        // the request line's first byte was read by the caller
        while (matched < 4) {
            int b = in.read();
            if (b < 0 || head.size() > MAX_HEADER_BYTES) {
                throw new IOException("Incomplete request");
            }
            head.write(b);
            matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3))
                    ? matched + 1 : 0;
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    /** @param crc32 with DynamoDB's checksum header, which the SDK checks the body against */
    private static void respond(OutputStream out, int status, String type, String body, boolean crc32)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        CRC32 checksum = new CRC32();
        checksum.update(bytes);
        String head = "HTTP/1.1 " + status + (status == 200 ? " OK" : " Not Found") + "\r\n"
                + "Content-Type: " + type + "\r\n"
                + (crc32 ? "x-amz-crc32: " + checksum.getValue() + "\r\n" : "")
                + "Content-Length: " + bytes.length + "\r\n"
                + "Connection: close\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.write(bytes);
        out.flush();
    }
}
