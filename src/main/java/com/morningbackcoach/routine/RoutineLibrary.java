package com.morningbackcoach.routine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.morningbackcoach.speech.ContentBundles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Routines as content: the structure of each (steps, parts, cues with their seconds and counts) in
 * {@code routine/<id>.json}, the same in every language, and its words in the bundle {@code routine/<id>_<locale>}.
 * Loaded once per routine and locale.
 */
public final class RoutineLibrary {

    public static final String MORNING = "morning";
    /** The short in-bed routine for a bad back day; levels don't apply to it. */
    public static final String BAD_DAY = "badday";
    private static final Map<String, Routine> LOADED = new ConcurrentHashMap<>();
    private static final Map<String, JsonNode> STRUCTURES = new ConcurrentHashMap<>();

    private RoutineLibrary() {
    }

    /** The routine {@code id} in {@code locale}; throws IllegalArgumentException for a routine that does not exist. */
    public static Routine routine(String id, Locale locale) {
        return LOADED.computeIfAbsent(id + "|" + locale.toLanguageTag(),
                key -> load(structure(id), ContentBundles.forLocale("routine." + id, locale)));
    }

    public static Routine morning(Locale locale) {
        return routine(MORNING, locale);
    }

    public static Routine badDay(Locale locale) {
        return routine(BAD_DAY, locale);
    }

    public static boolean exists(String id) {
        return id != null && id.matches("[a-z]{1,20}") && RoutineLibrary.class.getResource(path(id)) != null;
    }

    static Routine load(JsonNode structure, ResourceBundle texts) {
        Words words = new Words(texts);
        List<Step> steps = new ArrayList<>();
        for (JsonNode step : structure.path("steps")) {
            String id = step.path("id").asText();
            List<Part> parts = new ArrayList<>();
            for (JsonNode part : step.path("parts")) {
                parts.add(part(id, part, words));
            }
            steps.add(new Step(id, words.get(id + ".name"), words.get(id + ".purpose"),
                    words.ifPresent(id + ".ifItHurts"), parts));
        }
        Map<String, Move> moves = new LinkedHashMap<>();
        for (JsonNode move : structure.path("moves")) {
            String id = move.asText();
            moves.put(id, new Move(id, words.get("move." + id + ".name"), words.get("move." + id + ".howTo")));
        }
        return new Routine(structure.path("id").asText(), steps, moves);
    }

    private static Part part(String stepId, JsonNode part, Words words) {
        List<String> moves = new ArrayList<>();
        part.path("moves").forEach(move -> moves.add(move.asText()));
        List<Cue> cues = new ArrayList<>();
        for (JsonNode cue : part.path("cues")) {
            cues.add(cue(cue, words));
        }
        return new Part(words.get(stepId + "." + part.path("id").asText() + ".name"), moves, cues,
                variant(part), part.path("full").asBoolean(false), levels(part));
    }

    private static Cue cue(JsonNode cue, Words words) {
        Variant variant = variant(cue);
        Levels levels = levels(cue);
        String text = words.named(cue.path("say").asText(""));
        if (cue.has("hold") && cue.has("reps")) {
            Dose counts = dose(cue, "reps");
            Dose holds = dose(cue, "hold");
            return new Cue.Reps(counts.at(Progress.FIRST, false), holds.at(Progress.FIRST, false),
                    cue.path("rest").asInt(2), text, words.named(cue.path("beat").asText("")),
                    words.named(cue.path("release").asText("")), words.named(cue.path("other").asText("")), variant,
                    counts, holds, levels);
        }
        if (cue.has("hold")) {
            Dose seconds = dose(cue, "hold");
            return new Cue.Hold(seconds.at(Progress.FIRST, false), text, variant, seconds, levels);
        }
        if (cue.has("switch")) {
            return new Cue.Switch(words.get(cue.path("switch").asText()),
                    cue.path("seconds").asInt(Cue.Switch.DEFAULT_SECONDS), variant, levels);
        }
        if (cue.has("rest")) {
            return new Cue.Rest(cue.path("rest").asInt(), text, variant, levels);
        }
        if (text.isEmpty()) {
            throw new IllegalArgumentException("A cue with nothing to say or lead: " + cue);
        }
        return new Cue.Say(text, variant, levels);
    }

    /**
     * A count or hold: {@code name} as one number or an array of one per level, and the gentle version's own under
     * {@code gentleName} (capitalised) if it has one.
     */
    private static Dose dose(JsonNode cue, String name) {
        String gentle = "gentle" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return new Dose(values(cue.path(name)), cue.has(gentle) ? values(cue.path(gentle)) : List.of());
    }

    private static List<Integer> values(JsonNode node) {
        List<Integer> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(value -> values.add(number(value)));
        } else {
            values.add(number(node));
        }
        return values;
    }

    private static int number(JsonNode value) {
        if (!value.isInt()) {
            throw new IllegalArgumentException("A count or hold that is not a whole number: " + value);
        }
        return value.asInt();
    }

    private static Levels levels(JsonNode node) {
        return new Levels(node.path("fromLevel").asInt(Progress.FIRST), node.path("untilLevel").asInt(Progress.TOP));
    }

    private static Variant variant(JsonNode node) {
        return node.has("only") ? Variant.valueOf(node.path("only").asText().toUpperCase(Locale.ROOT)) : Variant.ALL;
    }

    private static JsonNode structure(String id) {
        return STRUCTURES.computeIfAbsent(id, key -> {
            try (InputStream in = RoutineLibrary.class.getResourceAsStream(path(key))) {
                if (in == null) {
                    throw new IllegalArgumentException("No routine " + key);
                }
                return new ObjectMapper().readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String path(String id) {
        return "/routine/" + id + ".json";
    }

    /** The routine's words; a key the structure names but the bundle lacks is a content mistake. */
    private record Words(ResourceBundle bundle) {

        String get(String key) {
            try {
                return bundle.getString(key);
            } catch (MissingResourceException e) {
                throw new IllegalStateException("Routine text missing: " + key, e);
            }
        }

        /** The text of a key the structure names, or nothing where it names none. */
        String named(String key) {
            return key.isEmpty() ? "" : get(key);
        }

        String ifPresent(String key) {
            return bundle.containsKey(key) ? bundle.getString(key) : "";
        }
    }
}
