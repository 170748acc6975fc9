package com.morningbackcoach.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One locale's interaction model as written in {@code skill-package/}: intents, their samples and slot types. The
 * locale is the file's name ({@code en-GB.json}).
 */
public record InteractionModel(String locale, String invocationName, List<Intent> intents,
                               Map<String, SlotType> slotTypes) {

    public static final Path MODELS = Path.of("skill-package", "interactionModels", "custom");
    public static final Path DEFAULT_PATH = path("en-US");

    /** Where the model of an Alexa locale such as {@code es-MX} is kept. */
    public static Path path(String locale) {
        return MODELS.resolve(locale + ".json");
    }

    /** The model of an Alexa locale such as {@code es-MX}. */
    public static InteractionModel forLocale(String locale) {
        return load(path(locale));
    }

    /** One intent: its name, sample utterances, and slot name to slot type. */
    public record Intent(String name, List<String> samples, Map<String, String> slots) {
    }

    /** A custom slot type: each value's id, name and synonyms. */
    public record SlotType(String name, List<SlotValue> values) {
    }

    /** One value of a custom slot type. */
    public record SlotValue(String id, String name, List<String> synonyms) {

        /** Every way to say the value: its name, then its synonyms. */
        public List<String> names() {
            List<String> names = new ArrayList<>(List.of(name));
            names.addAll(synonyms);
            return names;
        }
    }

    public static InteractionModel load(Path path) {
        try {
            String file = path.getFileName().toString();
            return parse(file.substring(0, file.length() - ".json".length()), new ObjectMapper().readTree(path.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read interaction model " + path, e);
        }
    }

    static InteractionModel parse(String locale, JsonNode root) {
        JsonNode language = root.path("interactionModel").path("languageModel");
        List<Intent> intents = new ArrayList<>();
        for (JsonNode intent : language.path("intents")) {
            List<String> samples = new ArrayList<>();
            intent.path("samples").forEach(sample -> samples.add(sample.asText()));
            Map<String, String> slots = new LinkedHashMap<>();
            intent.path("slots").forEach(slot -> slots.put(slot.path("name").asText(), slot.path("type").asText()));
            intents.add(new Intent(intent.path("name").asText(), samples, slots));
        }
        Map<String, SlotType> types = new LinkedHashMap<>();
        for (JsonNode type : language.path("types")) {
            List<SlotValue> values = new ArrayList<>();
            for (JsonNode value : type.path("values")) {
                List<String> synonyms = new ArrayList<>();
                value.path("name").path("synonyms").forEach(s -> synonyms.add(s.asText()));
                String name = value.path("name").path("value").asText();
                String id = value.path("id").asText(name);
                values.add(new SlotValue(id, name, synonyms));
            }
            types.put(type.path("name").asText(), new SlotType(type.path("name").asText(), values));
        }
        return new InteractionModel(locale, language.path("invocationName").asText(), intents, types);
    }

    public List<String> intentNames() {
        return intents.stream().map(Intent::name).toList();
    }
}
