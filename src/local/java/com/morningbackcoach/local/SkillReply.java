package com.morningbackcoach.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Map;

/** What the skill answered to one request: its words as plain text, whether it ended the session, its attributes. */
public record SkillReply(String speech, String reprompt, boolean endsSession, Map<String, Object> sessionAttributes) {

    private static final ObjectMapper JSON = new ObjectMapper();

    @SuppressWarnings("unchecked")
    public static SkillReply parse(JsonNode envelope) {
        JsonNode response = envelope.path("response");
        String speech = plainText(response.path("outputSpeech"));
        String reprompt = plainText(response.path("reprompt").path("outputSpeech"));
        boolean ends = !response.has("shouldEndSession") || response.path("shouldEndSession").asBoolean(true)
                || response.path("shouldEndSession").isNull();
        Map<String, Object> attributes = envelope.has("sessionAttributes") && !envelope.get("sessionAttributes").isNull()
                ? JSON.convertValue(envelope.get("sessionAttributes"), Map.class)
                : Map.of();
        return new SkillReply(speech, reprompt, ends, attributes);
    }

    /** Plain text of an output speech: SSML tags dropped, entities decoded, spacing tidied. */
    static String plainText(JsonNode outputSpeech) {
        if (outputSpeech.isMissingNode() || outputSpeech.isNull()) {
            return "";
        }
        String text = outputSpeech.has("ssml") ? outputSpeech.path("ssml").asText() : outputSpeech.path("text").asText();
        return text.replaceAll("<[^>]+>", " ")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&")
                .replaceAll("\\s+", " ")
                .replaceAll(" ([.,!?])", "$1")
                .trim();
    }
}
