package com.morningbackcoach.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.interfaces.alexa.presentation.apla.RenderDocumentDirective;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.morningbackcoach.audio.AudioLimits;
import com.morningbackcoach.audio.Sounds;
import com.morningbackcoach.audio.Track;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Audio as APL for Audio: the one document in {@code apla/routine-part.json}, the same in every language, plays the
 * clips sent as its data source ({@code partAudio}): the locale's words, pauses, and the shared sounds.
 */
public final class AudioDocuments {

    public static final String INTERFACE = "Alexa.Presentation.APLA";
    public static final String TOKEN = "morningBackCoachAudio";
    public static final String DOCUMENT = "routine-part";
    public static final String DATA = "partAudio";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Object> PART = load(DOCUMENT);

    private AudioDocuments() {
    }

    /** Whether the request's device declares APL for Audio in its supported interfaces. */
    public static boolean supported(HandlerInput input) {
        var json = input.getRequestEnvelopeJson();
        return json != null && json.path("context").path("System").path("device").path("supportedInterfaces")
                .has(INTERFACE);
    }

    /** The directive that plays {@code audio}; an IllegalStateException if it would exceed Amazon's limits. */
    public static RenderDocumentDirective directive(Track.Sequence audio) {
        AudioLimits.check(audio);
        Map<String, Object> datasources = Map.of(DATA, Map.of("clips", clips(audio)));
        try {
            AudioLimits.checkSize(JSON.writeValueAsBytes(Map.of("document", PART, "datasources", datasources)).length);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return RenderDocumentDirective.builder()
                .withToken(TOKEN)
                .withDocument(PART)
                .withDatasources(datasources)
                .build();
    }

    /** The clips of a sequence as the document reads them; a mixed track becomes a {@code mix} of lanes. */
    static List<Map<String, Object>> clips(Track.Sequence audio) {
        List<Map<String, Object>> clips = new ArrayList<>();
        for (Track item : audio.items()) {
            if (item instanceof Track.Mixed mixed) {
                List<Map<String, Object>> lanes = new ArrayList<>();
                for (Track layer : mixed.layers()) {
                    List<Map<String, Object>> lane = new ArrayList<>();
                    flatten(layer, lane);
                    lanes.add(Map.of("clips", lane));
                }
                Map<String, Object> mix = new LinkedHashMap<>();
                mix.put("kind", "mix");
                mix.put("lanes", lanes);
                clips.add(mix);
            } else {
                flatten(item, clips);
            }
        }
        return clips;
    }

    private static void flatten(Track track, List<Map<String, Object>> into) {
        Map<String, Object> clip = new LinkedHashMap<>();
        if (track instanceof Track.Sequence sequence) {
            sequence.items().forEach(item -> flatten(item, into));
            return;
        } else if (track instanceof Track.Speech speech) {
            clip.put("kind", "speech");
            clip.put("ssml", "<speak>" + (speech.rate() == 100 ? speech.ssml()
                    : "<prosody rate=\"" + speech.rate() + "%\">" + speech.ssml() + "</prosody>") + "</speak>");
        } else if (track instanceof Track.Silence silence) {
            clip.put("kind", "silence");
            clip.put("ms", silence.millis());
        } else if (track instanceof Track.Sound sound) {
            clip.put("kind", "sound");
            clip.put("source", sound.source());
            clip.put("ms", (int) Math.round(sound.seconds() * 1000));
            clip.put("bed", sound.kind() == Sounds.Kind.BED);
        } else if (track instanceof Track.Mixed) {
            throw new IllegalArgumentException("A mix within a mix: " + track);
        }
        into.add(clip);
    }

    private static Map<String, Object> load(String name) {
        try (InputStream in = AudioDocuments.class.getResourceAsStream("/apla/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("No audio document " + name);
            }
            return JSON.readValue(new String(in.readAllBytes(), StandardCharsets.UTF_8), new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
