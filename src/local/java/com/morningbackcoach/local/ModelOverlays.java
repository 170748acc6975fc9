package com.morningbackcoach.local;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Interaction models derived from another locale's, so that they follow it as it changes: en-GB, en-CA, en-AU and
 * en-IN from en-US, es-ES and es-MX from es-US. Each derived locale has an overlay, {@code model-overlays/<locale>.json}:
 * <pre>
 * { "base": "en-US",
 *   "samples":  { "IntentName": { "add": [...], "remove": [...] } },
 *   "synonyms": { "SLOT_TYPE": { "VALUE_ID": { "add": [...], "remove": [...] } } } }
 * </pre>
 * The derived model is the base with the overlay's samples and synonyms removed and added, in the base's order.
 * {@code mvn -q compile exec:java -Dexec.args=derive-models} writes every derived model; a test fails when one on disk
 * is not what its overlay and base give.
 */
public final class ModelOverlays {

    public static final Path OVERLAYS = Path.of("model-overlays");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelOverlays() {
    }

    /** The derived locales and the text of each one's model, derived from its overlay and base as they are now. */
    public static Map<String, String> derived() {
        Map<String, String> models = new TreeMap<>();
        try (Stream<Path> files = Files.list(OVERLAYS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String name = file.getFileName().toString();
                models.put(name.substring(0, name.length() - ".json".length()), derive(JSON.readTree(file.toFile())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return models;
    }

    /** Writes every derived model into {@code skill-package/interactionModels/custom/}. */
    public static void writeAll() {
        derived().forEach((locale, text) -> {
            try {
                Files.writeString(InteractionModel.path(locale), text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static String derive(JsonNode overlay) throws IOException {
        ObjectNode model = (ObjectNode) JSON.readTree(InteractionModel.path(overlay.path("base").asText()).toFile());
        ObjectNode language = (ObjectNode) model.path("interactionModel").path("languageModel");
        if (overlay.has("invocationName")) {
            language.put("invocationName", overlay.path("invocationName").asText());
        }
        Set<String> intentsSeen = new LinkedHashSet<>();
        for (JsonNode intent : language.path("intents")) {
            String name = intent.path("name").asText();
            intentsSeen.add(name);
            JsonNode change = overlay.path("samples").path(name);
            if (!change.isMissingNode()) {
                ((ObjectNode) intent).set("samples", changed(intent.path("samples"), change, name));
            }
        }
        overlay.path("samples").fieldNames().forEachRemaining(name -> require(intentsSeen.contains(name),
                "no intent " + name + " in the base"));
        for (JsonNode type : language.path("types")) {
            JsonNode changes = overlay.path("synonyms").path(type.path("name").asText());
            Set<String> ids = new LinkedHashSet<>();
            for (JsonNode value : type.path("values")) {
                String id = value.path("id").asText();
                ids.add(id);
                JsonNode change = changes.path(id);
                if (!change.isMissingNode()) {
                    ((ObjectNode) value.path("name")).set("synonyms",
                            changed(value.path("name").path("synonyms"), change, id));
                }
            }
            changes.fieldNames().forEachRemaining(id -> require(ids.contains(id), "no value " + id + " in the base"));
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
        return JSON.writer(printer).writeValueAsString(model).replace("\r\n", "\n").replace(" : ", ": ") + "\n";
    }

    private static ArrayNode changed(JsonNode list, JsonNode change, String where) {
        List<String> items = new ArrayList<>();
        list.forEach(item -> items.add(item.asText()));
        for (JsonNode removed : change.path("remove")) {
            require(items.remove(removed.asText()), where + " has no \"" + removed.asText() + "\" to remove");
        }
        for (JsonNode added : change.path("add")) {
            require(!items.contains(added.asText()), where + " has \"" + added.asText() + "\" already");
            items.add(added.asText());
        }
        ArrayNode result = JSON.createArrayNode();
        items.forEach(result::add);
        return result;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException("Model overlay: " + message);
        }
    }
}
