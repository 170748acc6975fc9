package com.morningbackcoach.logging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What may go into a log line: a one-way tag instead of a user id, and outside text cut short and escaped. */
public final class SafeLog {

    static final int MAX_TEXT = 120;

    private SafeLog() {
    }

    /** A short, one-way tag for a user id, so logs can tell users apart without naming them. */
    public static String user(String userId) {
        if (userId == null || userId.isEmpty()) {
            return "anonymous";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(userId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /**
     * Text from a request or a remote API, safe to log: at most {@value #MAX_TEXT} characters, with line breaks and
     * other control characters escaped so it cannot forge a log line.
     */
    public static String text(String outside) {
        if (outside == null) {
            return "null";
        }
        StringBuilder safe = new StringBuilder();
        for (int i = 0; i < outside.length() && safe.length() < MAX_TEXT; i++) {
            char c = outside.charAt(i);
            if (c == '\n') {
                safe.append("\\n");
            } else if (c == '\r') {
                safe.append("\\r");
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                safe.append(String.format("\\u%04x", (int) c));
            } else {
                safe.append(c);
            }
        }
        if (safe.length() >= MAX_TEXT && outside.length() > MAX_TEXT) {
            safe.setLength(MAX_TEXT);
            safe.append("...(").append(outside.length()).append(" chars)");
        }
        return safe.toString();
    }

    /**
     * A copy of {@code thrown} fit for a log: the same types and stack frames, every message made safe with
     * {@link #text(String)}, so an exception that quotes a request cannot forge log lines or flood the log.
     */
    public static Throwable throwable(Throwable thrown) {
        return copy(thrown, 0);
    }

    private static Throwable copy(Throwable thrown, int depth) {
        Throwable cause = thrown.getCause() == null || depth > 8 ? null : copy(thrown.getCause(), depth + 1);
        Logged copy = new Logged(thrown.getClass().getName() + ": " + text(thrown.getMessage()), cause);
        copy.setStackTrace(thrown.getStackTrace());
        return copy;
    }

    /** An exception as logged: its original type is part of the message. */
    private static final class Logged extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Logged(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
