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

    /** The id of the question this reply left open, or an empty string. */
    public String question() {
        return sessionAttributes().path("question").asText("");
    }

    /** The kind of activity the session is in after this reply ("routine", "check"), or an empty string. */
    public String activity() {
        return sessionAttributes().path("activity").path("kind").asText("");
    }

    public JsonNode activityState() {
        return sessionAttributes().path("activity").path("state");
    }

    /** The APL document a RenderDocument directive sends, or a missing node when there is none. */
    public JsonNode screenDocument() {
        for (JsonNode directive : envelope.path("response").path("directives")) {
            if ("Alexa.Presentation.APL.RenderDocument".equals(directive.path("type").asText())) {
                return directive.path("document");
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    /** The data shown with the screen, the one data source of its RenderDocument directive, or a missing node. */
    public JsonNode screenPayload() {
        JsonNode datasources = screenDatasources();
        return datasources.size() == 1 ? datasources.elements().next()
                : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    /** The name of the screen's one data source, or an empty string. */
    public String screenDataName() {
        JsonNode datasources = screenDatasources();
        return datasources.size() == 1 ? datasources.fieldNames().next() : "";
    }

    /** The {@code datasources} of the RenderDocument directive, or a missing node. */
    public JsonNode screenDatasources() {
        for (JsonNode directive : envelope.path("response").path("directives")) {
            if ("Alexa.Presentation.APL.RenderDocument".equals(directive.path("type").asText())) {
                return directive.path("datasources");
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    /** The APL for Audio RenderDocument directive, or a missing node when there is none. */
    public JsonNode audioDirective() {
        for (JsonNode directive : envelope.path("response").path("directives")) {
            if ("Alexa.Presentation.APLA.RenderDocument".equals(directive.path("type").asText())) {
                return directive;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    /** The clips the audio directive plays, in order (a mix as one clip with its lanes), or a missing node. */
    public JsonNode audioClips() {
        return audioDirective().path("datasources").path("partAudio").path("clips");
    }

    /** The words of every speech clip of the audio, mixes included, with SSML tags removed. */
    public String audioWords() {
        StringBuilder words = new StringBuilder();
        audioClips().forEach(clip -> collectWords(clip, words));
        return plain(words.toString());
    }

    private static void collectWords(JsonNode clip, StringBuilder words) {
        words.append(' ').append(clip.path("ssml").asText(""));
        clip.path("lanes").forEach(lane -> lane.path("clips").forEach(inner -> collectWords(inner, words)));
    }

    public boolean hasDirectives() {
        return envelope.path("response").path("directives").size() > 0;
    }

    /** The Connections.SendRequest directive of Alexa's voice permission request, or a missing node. */
    public JsonNode permissionRequest() {
        for (JsonNode directive : envelope.path("response").path("directives")) {
            if ("Connections.SendRequest".equals(directive.path("type").asText())
                    && "AskFor".equals(directive.path("name").asText())) {
                return directive;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    /** The permissions a card asks the user to grant in the Alexa app, or an empty list. */
    public java.util.List<String> cardPermissions() {
        java.util.List<String> scopes = new java.util.ArrayList<>();
        if ("AskForPermissionsConsent".equals(envelope.path("response").path("card").path("type").asText())) {
            envelope.path("response").path("card").path("permissions").forEach(scope -> scopes.add(scope.asText()));
        }
        return scopes;
    }

    public String cardTitle() {
        return envelope.path("response").path("card").path("title").asText("");
    }

    public String cardText() {
        return envelope.path("response").path("card").path("content").asText("");
    }

    private static String plain(String ssml) {
        return ssml.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim();
    }
}
