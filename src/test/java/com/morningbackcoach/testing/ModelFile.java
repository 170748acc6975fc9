package com.morningbackcoach.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The en-US interaction model in {@code skill-package/}, read as JSON. */
public final class ModelFile {

    public static final Path EN_US = Path.of("skill-package/interactionModels/custom/en-US.json");

    private ModelFile() {
    }

    public static JsonNode languageModel() {
        try {
            return new ObjectMapper().readTree(EN_US.toFile()).path("interactionModel").path("languageModel");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> intentNames() {
        List<String> names = new ArrayList<>();
        languageModel().path("intents").forEach(intent -> names.add(intent.path("name").asText()));
        return names;
    }
}
