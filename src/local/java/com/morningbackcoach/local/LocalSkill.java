package com.morningbackcoach.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.morningbackcoach.app.MorningBackCoachStreamHandler;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Sends request envelopes through the same stream handler class Lambda runs, and reads the response envelopes. */
public final class LocalSkill {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final MorningBackCoachStreamHandler handler;

    public LocalSkill(MorningBackCoachStreamHandler handler) {
        this.handler = handler;
    }

    /** The raw response body for a raw request body. */
    public byte[] invoke(byte[] requestBody) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(requestBody), out, null);
        return out.toByteArray();
    }

    public JsonNode invoke(JsonNode requestEnvelope) {
        try {
            byte[] body = invoke(JSON.writeValueAsBytes(requestEnvelope));
            return body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
