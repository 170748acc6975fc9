package com.morningbackcoach.skill;

import com.amazon.ask.model.Response;

import java.util.Optional;

/** Builds responses, adding the one sentence about progress that could not be saved when that happened. */
public final class Replies {

    private Replies() {
    }

    /** Speaks and keeps the session open, with a reprompt. */
    public static Optional<Response> ask(Conversation conversation, String speech, String reprompt) {
        return conversation.input().getResponseBuilder()
                .withSpeech(withSaveNote(conversation, speech))
                .withReprompt(reprompt)
                .withShouldEndSession(false)
                .build();
    }

    /** Speaks and ends the session. */
    public static Optional<Response> tell(Conversation conversation, String speech) {
        return conversation.input().getResponseBuilder()
                .withSpeech(withSaveNote(conversation, speech))
                .withShouldEndSession(true)
                .build();
    }

    private static String withSaveNote(Conversation conversation, String speech) {
        return conversation.saveFailed() ? speech + " " + conversation.speech().say("store.notSaved") : speech;
    }
}
