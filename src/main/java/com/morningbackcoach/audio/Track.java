package com.morningbackcoach.audio;

import java.util.ArrayList;
import java.util.List;

/** Audio a reply plays: speech, silence and sounds, one after another or mixed together; and how long it lasts. */
public sealed interface Track {

    /** Speaking rate used to estimate how long a text takes to say, at the voice's normal rate. */
    double WORDS_PER_SECOND = 2.6;

    /** Estimated seconds this track plays. */
    double seconds();

    /** Sounds from the sound library this track plays, each a clip Alexa fetches. */
    int clips();

    /** Spoken words (SSML without the {@code speak} root) at {@code rate} percent of the voice's normal rate. */
    record Speech(String ssml, int rate) implements Track {
        @Override
        public double seconds() {
            String words = ssml.replaceAll("<[^>]+>", " ").trim();
            return words.isEmpty() ? 0 : words.split("\\s+").length / WORDS_PER_SECOND * 100 / rate;
        }

        @Override
        public int clips() {
            return 0;
        }
    }

    /** Nothing for {@code millis} milliseconds. */
    record Silence(int millis) implements Track {
        @Override
        public double seconds() {
            return millis / 1000.0;
        }

        @Override
        public int clips() {
            return 0;
        }
    }

    /** A sound of the sound library, played for {@code seconds} (cut there if it is longer). */
    record Sound(Sounds.Kind kind, String source, double seconds) implements Track {
        @Override
        public int clips() {
            return 1;
        }
    }

    /** Tracks played together; it lasts as long as the longest. */
    record Mixed(List<Track> layers) implements Track {
        public Mixed {
            layers = List.copyOf(layers);
        }

        @Override
        public double seconds() {
            return layers.stream().mapToDouble(Track::seconds).max().orElse(0);
        }

        @Override
        public int clips() {
            return layers.stream().mapToInt(Track::clips).sum();
        }
    }

    /** Tracks played one after another. */
    record Sequence(List<Track> items) implements Track {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public double seconds() {
            return items.stream().mapToDouble(Track::seconds).sum();
        }

        @Override
        public int clips() {
            return items.stream().mapToInt(Track::clips).sum();
        }

        /** The same sequence with {@code first} played before the rest. */
        public Sequence after(Track first) {
            List<Track> all = new ArrayList<>();
            all.add(first);
            all.addAll(items);
            return new Sequence(all);
        }
    }
}
