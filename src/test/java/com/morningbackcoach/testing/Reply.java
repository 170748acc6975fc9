package com.morningbackcoach.testing;

import com.fasterxml.jackson.databind.JsonNode;

/** What the skill answered to one request, read from the response envelope. */
public record Reply(JsonNode envelope) {

    public String ssml() {
        return envelope.path("response").path("outputSpeech").path("ssml").asText("");
    }

    /** The spoken text with SSML tags removed and spaces collapsed. */
    public String speech() {
        return plain(ssml());
    }

    public String reprompt() {
        return plain(envelope.path("response").path("reprompt").path("outputSpeech").path("ssml").asText(""));
    }

    public boolean hasReprompt() {
        return !reprompt().isBlank();
    }

    /** True when the skill closed the session (an absent flag keeps it open only if a reprompt is given). */
    public boolean endsSession() {
        JsonNode flag = envelope.path("response").path("shouldEndSession");
        return flag.isMissingNode() || flag.isNull() ? !hasReprompt() : flag.asBoolean();
    }

    public JsonNode sessionAttributes() {
        return envelope.path("sessionAttributes");
    }

    private static String plain(String ssml) {
        return ssml.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim();
    }
}
