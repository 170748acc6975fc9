package com.morningbackcoach.audio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The sounds of the Alexa sound library the coach plays, named in one place in content ({@code apla/sounds.json}),
 * each with its length. The same in every locale.
 */
public final class Sounds {

    /** What a sound is for. */
    public enum Kind {
        /** Starts and ends a hold. */
        CHIME,
        /** Changes sides. */
        SWITCH,
        /** The soft bed under a hold. */
        BED
    }

    /** A sound's source ({@code soundbank://} only) and length in seconds. */
    public record Source(String url, double seconds) {
        public Source {
            if (!url.startsWith("soundbank://")) {
                throw new IllegalArgumentException("Only sounds of the Alexa sound library: " + url);
            }
        }
    }

    private static final Map<Kind, Source> SOURCES = load();

    private Sounds() {
    }

    public static Source of(Kind kind) {
        return SOURCES.get(kind);
    }

    /** The sound played whole. */
    public static Track.Sound play(Kind kind) {
        Source source = of(kind);
        return new Track.Sound(kind, source.url(), source.seconds());
    }

    /** The sound as SSML, for a reply without APL for Audio. */
    public static String ssml(Kind kind) {
        return "<audio src=\"" + of(kind).url() + "\"/>";
    }

    private static Map<Kind, Source> load() {
        try (InputStream in = Sounds.class.getResourceAsStream("/apla/sounds.json")) {
            JsonNode json = new ObjectMapper().readTree(in);
            Map<Kind, Source> sources = new EnumMap<>(Kind.class);
            for (Kind kind : Kind.values()) {
                JsonNode sound = json.path(kind.name().toLowerCase(Locale.ROOT));
                sources.put(kind, new Source(sound.path("source").asText(), sound.path("seconds").asDouble()));
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
