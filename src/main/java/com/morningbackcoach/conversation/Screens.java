package com.morningbackcoach.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.SupportedInterfaces;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.RenderDocumentDirective;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.morningbackcoach.speech.Ssml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The screens a reply can carry, and the directive that shows one. The documents are data in {@code apl/}, one per
 * kind of screen, the same in every language; the words come in the screen's record, sent as the one data source it
 * names. Devices without a screen get nothing.
 */
public final class Screens {

    public static final String TOKEN = "morningBackCoach";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> DATA = new TypeReference<>() {
    };
    private static final Map<String, Map<String, Object>> DOCUMENTS = new ConcurrentHashMap<>();

    private Screens() {
    }

    /** Whether the device the request came from shows APL. */
    public static boolean supported(HandlerInput input) {
        var context = input.getRequestEnvelope().getContext();
        if (context == null || context.getSystem() == null || context.getSystem().getDevice() == null) {
            return false;
        }
        SupportedInterfaces interfaces = context.getSystem().getDevice().getSupportedInterfaces();
        return interfaces != null && interfaces.getAlexaPresentationAPL() != null;
    }

    /** The directive that shows {@code screen}. */
    public static RenderDocumentDirective directive(Screen screen) {
        return RenderDocumentDirective.builder()
                .withToken(TOKEN)
                .withDocument(document(screen.document()))
                .withDatasources(Map.of(screen.dataName(), JSON.convertValue(screen, DATA)))
                .build();
    }

    /**
     * {@code reply} with a screen of plain text: a title and a text, and Yes and No buttons when the reply asks
     * something, so a tap answers as saying it does.
     */
    public static Reply answer(Conversation conversation, Reply reply, String title, String text) {
        return reply.withScreen(text(conversation, title, text, !reply.endsSession()));
    }

    /**
     * The screen of a reply that brings none of its own: what is said as plain text under the card's title, or the
     * skill's name, with Yes and No when a question is open.
     */
    static Screen ofSpeech(Conversation conversation, Reply reply, String speech) {
        String title = reply.cardIfAny().filter(card -> !card.asksForPermission()).map(Card::title)
                .orElseGet(() -> conversation.speech().say("screen.title"));
        return text(conversation, title, Ssml.plain(speech), reply.openQuestion().isPresent());
    }

    private static Screen text(Conversation conversation, String title, String text, boolean yesAndNo) {
        var speech = conversation.speech();
        List<Button> buttons = !yesAndNo ? List.of() : List.of(
                new Button(speech.say("screen.yes"), Intents.YES, true),
                new Button(speech.say("screen.no"), Intents.NO, true));
        return new AnswerScreen(title, text, buttons);
    }

    static Map<String, Object> document(String name) {
        return DOCUMENTS.computeIfAbsent(name, Screens::load);
    }

    private static Map<String, Object> load(String name) {
        try (InputStream in = Screens.class.getResourceAsStream("/apl/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("No screen document " + name);
            }
            return JSON.readValue(in, new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
