package com.morningbackcoach.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A locale's interaction model in {@code skill-package/}, read as JSON; en-US when no locale is named. */
public final class ModelFile {

    public static final Path EN_US = path("en-US");

    private ModelFile() {
    }

    public static Path path(String locale) {
        return Path.of("skill-package/interactionModels/custom/" + locale + ".json");
    }

    public static JsonNode languageModel() {
        return languageModel("en-US");
    }

    public static JsonNode languageModel(String locale) {
        try {
            return new ObjectMapper().readTree(path(locale).toFile()).path("interactionModel").path("languageModel");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> intentNames() {
        return intentNames("en-US");
    }

    public static List<String> intentNames(String locale) {
        List<String> names = new ArrayList<>();
        languageModel(locale).path("intents").forEach(intent -> names.add(intent.path("name").asText()));
        return names;
    }

    /** The name a person says to open the skill in {@code locale}. */
    public static String invocationName(String locale) {
        return locale.startsWith("es") ? "entrenador de espalda" : "morning back coach";
    }
}
