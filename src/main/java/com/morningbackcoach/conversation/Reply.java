package com.morningbackcoach.conversation;

import com.morningbackcoach.audio.Track;
import com.morningbackcoach.speech.Speech;

import java.util.Objects;
import java.util.Optional;

/**
 * What the skill says back: speech (SSML without the {@code speak} root), and either the question left open with its
 * reprompt, or the end of the session. A card for the Alexa app and a screen for devices with one are optional.
 * Optional audio plays the same words with sounds where the device takes APL for Audio; the speech is the whole answer
 * elsewhere. Or, instead of speaking, the skill hands the turn to Alexa to ask the user for a permission.
 * The renderer turns it into a response.
 */
public record Reply(String speech, String reprompt, Question question, Card card, Screen screen,
                    PermissionRequest permissionRequest, Track.Sequence audio) {

    public Reply {
        Objects.requireNonNull(speech);
        if ((question == null) != (reprompt == null)) {
            throw new IllegalArgumentException("A reply that keeps listening needs both a question and a reprompt");
        }
        if (permissionRequest != null && (question != null || !speech.isEmpty() || audio != null)) {
            throw new IllegalArgumentException("Alexa asks for a permission in its own words, after the session ends");
        }
    }

    public Reply(String speech, String reprompt, Question question, Card card, Screen screen) {
        this(speech, reprompt, question, card, screen, null, null);
    }

    /** Hands the turn to Alexa, which asks the user for {@code request}'s permission; the answer comes back later. */
    public static Reply askPermission(PermissionRequest request) {
        return new Reply("", null, null, null, null, Objects.requireNonNull(request), null);
    }

    public Optional<PermissionRequest> permissionRequestIfAny() {
        return Optional.ofNullable(permissionRequest);
    }

    /** Speaks, leaves {@code question} open and listens; {@code reprompt} is said if the user stays silent. */
    public static Reply ask(Question question, String speech, String reprompt) {
        return new Reply(speech, Objects.requireNonNull(reprompt), Objects.requireNonNull(question), null, null);
    }

    /** Asks in words that are their own reprompt, as a question asked again in its short form is. */
    public static Reply ask(Question question, String speech) {
        return ask(question, speech, speech);
    }

    /** Asks in the words at {@code key}, with those at {@code key}{@code .reprompt} as the reprompt. */
    public static Reply ask(Question question, Speech speech, String key) {
        return ask(question, speech.say(key), speech.say(key + ".reprompt"));
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
        if (lead == null || lead.isBlank()) {
            return this;
        }
        if (permissionRequest != null) {
            throw new IllegalStateException("Nothing can be said before Alexa asks for a permission");
        }
        return new Reply(lead + " " + speech, reprompt, question, card, screen, null,
                audio == null ? null : audio.after(new Track.Speech(lead, 100)));
    }

    public Reply withCard(Card newCard) {
        return new Reply(speech, reprompt, question, newCard, screen, permissionRequest, audio);
    }

    public Optional<Screen> screenIfAny() {
        return Optional.ofNullable(screen);
    }

    /** The same reply, shown on {@code newScreen} where the device has a screen. */
    public Reply withScreen(Screen newScreen) {
        return new Reply(speech, reprompt, question, card, newScreen, permissionRequest, audio);
    }

    public Optional<Track.Sequence> audioIfAny() {
        return Optional.ofNullable(audio);
    }

    /** The same reply, played as {@code newAudio} where the device takes APL for Audio. */
    public Reply withAudio(Track.Sequence newAudio) {
        if (permissionRequest != null) {
            throw new IllegalStateException("Nothing is played before Alexa asks for a permission");
        }
        return new Reply(speech, reprompt, question, card, screen, null, newAudio);
    }
}
