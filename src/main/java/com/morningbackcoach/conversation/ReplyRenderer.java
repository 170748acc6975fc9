package com.morningbackcoach.conversation;

import com.amazon.ask.model.Response;
import com.amazon.ask.response.ResponseBuilder;

import java.util.Optional;

/**
 * Turns a {@link Reply} into Alexa's response at the edge: saves the turn's profile changes, adds the note about a
 * failed save, the card, and the screen where the device shows APL, and keeps the open question in the session.
 */
public final class ReplyRenderer {

    private ReplyRenderer() {
    }

    public static Optional<Response> render(Conversation conversation, Reply reply) {
        conversation.profile().save();
        String speech = conversation.profile().saveFailed()
                ? reply.speech() + " " + conversation.speech().say("store.notSaved")
                : reply.speech();
        ResponseBuilder builder = conversation.input().getResponseBuilder().withSpeech(speech);
        if (reply.endsSession()) {
            builder.withShouldEndSession(true);
        } else {
            builder.withReprompt(reply.reprompt()).withShouldEndSession(false);
        }
        reply.cardIfAny().ifPresent(card -> builder.withSimpleCard(card.title(), card.text()));
        if (Screens.supported(conversation.input())) {
            reply.screenIfAny().ifPresent(screen -> builder.addDirective(Screens.directive(screen)));
        }
        conversation.remember(reply);
        return builder.build();
    }
}
