package com.morningbackcoach.conversation;

import com.amazon.ask.model.Response;
import com.amazon.ask.model.interfaces.connections.SendRequestDirective;
import com.amazon.ask.response.ResponseBuilder;

import java.util.List;
import java.util.Optional;

/**
 * Turns a {@link Reply} into Alexa's response at the edge: saves the turn's profile changes, adds the note about a
 * failed save, the card, and the screen where the device shows APL; plays the reply's audio instead of its speech
 * where the device takes APL for Audio; or hands the turn to Alexa to ask for a permission; and keeps the open
 * question in the session.
 */
public final class ReplyRenderer {

    /** The name of Alexa's voice permission request, and of the response it sends back. */
    public static final String PERMISSION_REQUEST = "AskFor";

    private ReplyRenderer() {
    }

    public static Optional<Response> render(Conversation conversation, Reply reply) {
        conversation.profile().save();
        String speech = conversation.profile().saveFailed() && reply.permissionRequestIfAny().isEmpty()
                ? reply.speech() + " " + conversation.speech().say("store.notSaved")
                : reply.speech();
        ResponseBuilder builder = conversation.input().getResponseBuilder();
        boolean playsAudio = reply.audioIfAny().isPresent() && AudioDocuments.supported(conversation.input());
        String said = !playsAudio ? speech
                : conversation.profile().saveFailed() ? conversation.speech().say("store.notSaved") : "";
        if (!said.isEmpty()) {
            builder.withSpeech(said);
        }
        reply.audioIfAny().filter(audio -> playsAudio)
                .ifPresent(audio -> builder.addDirective(AudioDocuments.directive(audio)));
        reply.permissionRequestIfAny().ifPresent(request -> builder.addDirective(askFor(request)));
        if (reply.endsSession()) {
            builder.withShouldEndSession(true);
        } else {
            builder.withReprompt(reply.reprompt()).withShouldEndSession(false);
        }
        reply.cardIfAny().ifPresent(card -> {
            if (card.asksForPermission()) {
                builder.withAskForPermissionsConsentCard(List.of(card.permissionScope()));
            } else {
                builder.withSimpleCard(card.title(), card.text());
            }
        });
        if (Screens.supported(conversation.input()) && reply.permissionRequestIfAny().isEmpty()) {
            builder.addDirective(Screens.directive(reply.screenIfAny()
                    .orElseGet(() -> Screens.ofSpeech(conversation, reply, speech))));
        }
        conversation.remember(reply);
        return builder.build();
    }

    /** Alexa's voice permission request; its answer comes back as a {@code Connections.Response} with the token. */
    private static SendRequestDirective askFor(PermissionRequest request) {
        return SendRequestDirective.builder()
                .withName(PERMISSION_REQUEST)
                .putPayloadItem("@type", "AskForPermissionsConsentRequest")
                .putPayloadItem("@version", "1")
                .putPayloadItem("permissionScope", request.scope())
                .withToken(request.token())
                .build();
    }
}
