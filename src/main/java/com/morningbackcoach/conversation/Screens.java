package com.morningbackcoach.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.SupportedInterfaces;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.RenderDocumentDirective;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The screens a reply can carry, and the directive that shows one. The documents are data in {@code apl/}, one per
 * kind of screen, the same in every language; the words come in the payload. Devices without a screen get nothing.
 */
public final class Screens {

    public static final String TOKEN = "morningBackCoach";
    public static final String ANSWER = "answer";
    private static final ObjectMapper JSON = new ObjectMapper();
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
                .withDatasources(Map.of("payload", screen.payload()))
                .build();
    }

    /**
     * {@code reply} with a screen of plain text: a title and a text, and Yes and No buttons when the reply asks
     * something, so a tap answers as saying it does.
     */
    public static Reply answer(Conversation conversation, Reply reply, String title, String text) {
        var speech = conversation.speech();
        List<Map<String, Object>> buttons = reply.endsSession() ? List.of() : List.of(
                button(speech.say("screen.yes"), Intents.YES, true),
                button(speech.say("screen.no"), Intents.NO, true));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("title", title);
        payload.put("text", text);
        payload.put("buttons", buttons);
        return reply.withScreen(new Screen(ANSWER, payload));
    }

    /** A button: its label, the intent a tap stands for, and whether a round screen, with room for few, shows it. */
    public static Map<String, Object> button(String label, String intent, boolean primary) {
        Map<String, Object> button = new LinkedHashMap<>();
        button.put("label", label);
        button.put("intent", intent);
        button.put("primary", primary);
        return button;
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
