package com.morningbackcoach.conversation;

import java.util.Objects;
import java.util.Optional;

/**
 * What the skill says back: speech (SSML without the {@code speak} root), and either the question left open with its
 * reprompt, or the end of the session. A card for the Alexa app and a screen for devices with one are optional.
 * The renderer turns it into a response.
 */
public record Reply(String speech, String reprompt, Question question, Card card, Screen screen) {

    public Reply {
        Objects.requireNonNull(speech);
        if ((question == null) != (reprompt == null)) {
            throw new IllegalArgumentException("A reply that keeps listening needs both a question and a reprompt");
        }
    }

    /** Speaks, leaves {@code question} open and listens; {@code reprompt} is said if the user stays silent. */
    public static Reply ask(Question question, String speech, String reprompt) {
        return new Reply(speech, Objects.requireNonNull(reprompt), Objects.requireNonNull(question), null, null);
    }

    /** Speaks and ends the session. */
    public static Reply tell(String speech) {
        return new Reply(speech, null, null, null, null);
    }

    public boolean endsSession() {
        return question == null;
    }

    public Optional<Question> openQuestion() {
        return Optional.ofNullable(question);
    }

    public Optional<Card> cardIfAny() {
        return Optional.ofNullable(card);
    }

    /** The same reply with {@code lead} said first; a blank lead changes nothing. */
    public Reply withLead(String lead) {
        return lead == null || lead.isBlank() ? this : new Reply(lead + " " + speech, reprompt, question, card, screen);
    }

    public Reply withCard(Card newCard) {
        return new Reply(speech, reprompt, question, newCard, screen);
    }

    public Optional<Screen> screenIfAny() {
        return Optional.ofNullable(screen);
    }

    /** The same reply, shown on {@code newScreen} where the device has a screen. */
    public Reply withScreen(Screen newScreen) {
        return new Reply(speech, reprompt, question, card, newScreen);
    }
}
