package com.morningbackcoach.deploy;

import com.amazon.ask.smapi.model.v1.skill.Manifest.AlexaPresentationAplInterface;
import com.amazon.ask.smapi.model.v1.skill.Manifest.ModelInterface;
import com.amazon.ask.smapi.model.v1.skill.Manifest.SkillManifestEnvelope;
import com.amazon.ask.smapi.model.v1.skill.Manifest.ViewportSpecification;
import com.amazon.ask.smapi.model.v1.skill.interactionModel.InteractionModelData;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The skill package as the Alexa Skills Kit reads it: {@code skill.json} and every interaction model, deserialized with
 * Amazon's own SMAPI model classes (ask-smapi-model) in strict mode. A property the model does not know, or one in the
 * wrong place, fails; so does an enum value the model does not know, which the SMAPI classes would otherwise read as
 * {@code UNKNOWN_TO_SDK_VERSION}: each file must survive a round trip through the model unchanged.
 */
class SkillPackageTest {

    static final Path PACKAGE = Path.of("skill-package");
    static final Path MANIFEST = PACKAGE.resolve("skill.json");
    static final Path MODELS = PACKAGE.resolve("interactionModels/custom");
    /** The manifest {@code ask smapi create-skill-for-vendor} creates the skill with, before it has an endpoint. */
    static final Path NEW_SKILL = Path.of("tools/ask-cli/new-skill.json");

    /** Strict reading: unknown properties, duplicate keys, trailing content and null primitives all fail. */
    static final ObjectMapper STRICT = acceptingTypeDiscriminators(JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
            .disable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS), ModelInterface.class)
            .build();

    /**
     * The SMAPI model keeps a polymorphic type's {@code "type"} discriminator visible, but the subtypes' builders have
     * no property for it; each builder is told to accept that one name and nothing else.
     */
    static JsonMapper.Builder acceptingTypeDiscriminators(JsonMapper.Builder builder, Class<?> polymorphic) {
        for (JsonSubTypes.Type subtype : polymorphic.getAnnotation(JsonSubTypes.class).value()) {
            builder.addMixIn(subtype.value().getAnnotation(JsonDeserialize.class).builder(), AcceptsTypeDiscriminator.class);
        }
        return builder;
    }

    @JsonIgnoreProperties("type")
    private interface AcceptsTypeDiscriminator {
    }

    @Test
    void manifest_shouldReadStrictlyAsASkillManifestEnvelope_andSurviveARoundTrip() throws IOException {
        JsonNode original = STRICT.readTree(MANIFEST.toFile());

        SkillManifestEnvelope envelope = STRICT.treeToValue(original, SkillManifestEnvelope.class);

        assertThat(envelope.getManifest().getManifestVersionAsString()).isEqualTo("1.0");
        assertThat(differences(original, STRICT.valueToTree(envelope))).as("skill.json read back through the SMAPI model")
                .isEmpty();
    }

    @Test
    void newSkillManifest_shouldReadStrictly_andNameTheSkillAsSkillJsonDoes() throws IOException {
        JsonNode original = STRICT.readTree(NEW_SKILL.toFile());
        SkillManifestEnvelope envelope = STRICT.treeToValue(original, SkillManifestEnvelope.class);
        JsonNode manifest = STRICT.readTree(MANIFEST.toFile()).path("manifest");

        assertThat(differences(original, STRICT.valueToTree(envelope))).isEmpty();
        assertThat(envelope.getManifest().getApis().getCustom().getEndpoint()).as("created without an endpoint").isNull();
        envelope.getManifest().getPublishingInformation().getLocales().forEach((locale, info) ->
                assertThat(info.getName()).isEqualTo(manifest.path("publishingInformation").path("locales").path(locale)
                        .path("name").asText()));
    }

    @Test
    void askResources_shouldPointTheAskCliAtTheSkillPackage() throws IOException {
        JsonNode resources = STRICT.readTree(Path.of("ask-resources.json").toFile());

        assertThat(resources.path("askcliResourcesVersion").asText()).isEqualTo("2020-03-31");
        assertThat(Path.of(resources.path("profiles").path("default").path("skillMetadata").path("src").asText()).normalize())
                .isEqualTo(PACKAGE);
        assertThat(resources.path("profiles").path("default").path("skillInfrastructure").isMissingNode())
                .as("the backend is the SAM stack, not an ASK CLI deployer").isTrue();
    }

    @Test
    void everyInteractionModel_shouldReadStrictly_andSurviveARoundTrip() throws IOException {
        Map<String, Path> models = interactionModels();
        assertThat(models).isNotEmpty();

        for (Map.Entry<String, Path> model : models.entrySet()) {
            JsonNode original = STRICT.readTree(model.getValue().toFile());

            InteractionModelData data = STRICT.treeToValue(original, InteractionModelData.class);

            assertThat(data.getInteractionModel().getLanguageModel().getInvocationName()).as(model.getKey())
                    .isEqualTo("morning back coach");
            assertThat(differences(original, STRICT.valueToTree(data)))
                    .as(model.getKey() + " read back through the SMAPI model").isEmpty();
        }
    }

    @Test
    void locales_shouldAgreeBetweenTheManifestAndTheModelFiles() throws IOException {
        JsonNode manifest = STRICT.readTree(MANIFEST.toFile()).path("manifest");
        Set<String> modelLocales = interactionModels().keySet();

        assertThat(fieldNames(manifest.path("publishingInformation").path("locales")))
                .as("publishingInformation.locales").isEqualTo(modelLocales);
        assertThat(fieldNames(manifest.path("privacyAndCompliance").path("locales")))
                .as("privacyAndCompliance.locales").isEqualTo(modelLocales);
    }

    @Test
    void strictReading_shouldRejectAMisplacedManifestVersion() throws IOException {
        ObjectNode misplaced = (ObjectNode) STRICT.readTree(MANIFEST.toFile());
        JsonNode version = ((ObjectNode) misplaced.path("manifest")).remove("manifestVersion");
        misplaced.set("manifestVersion", version);

        assertThatThrownBy(() -> STRICT.treeToValue(misplaced, SkillManifestEnvelope.class))
                .isInstanceOf(UnrecognizedPropertyException.class).hasMessageContaining("manifestVersion");
    }

    @Test
    void strictReading_shouldRejectAMisspeltPropertyInAnInterface() throws IOException {
        ObjectNode misspelt = (ObjectNode) STRICT.readTree(MANIFEST.toFile());
        ObjectNode apl = (ObjectNode) misspelt.path("manifest").path("apis").path("custom").path("interfaces").get(0);
        apl.set("supportedViewport", apl.remove("supportedViewports"));

        assertThatThrownBy(() -> STRICT.treeToValue(misspelt, SkillManifestEnvelope.class))
                .isInstanceOf(UnrecognizedPropertyException.class).hasMessageContaining("supportedViewport");
    }

    @Test
    void manifest_shouldDeclareAplForTheRectangularAndRoundHubsItsDocumentsAreMadeFor() throws IOException {
        SkillManifestEnvelope envelope = STRICT.treeToValue(STRICT.readTree(MANIFEST.toFile()), SkillManifestEnvelope.class);

        assertThat(envelope.getManifest().getApis().getCustom().getInterfaces())
                .singleElement().isInstanceOfSatisfying(AlexaPresentationAplInterface.class, apl ->
                        assertThat(apl.getSupportedViewports()).extracting(ViewportSpecification::getShapeAsString)
                                .containsExactlyInAnyOrder("RECTANGLE", "ROUND"));
    }

    @Test
    void strictReading_shouldRejectAnUnknownPropertyInAModel() throws IOException {
        for (Path file : interactionModels().values()) {
            ObjectNode broken = (ObjectNode) STRICT.readTree(file.toFile());
            ((ObjectNode) broken.path("interactionModel").path("languageModel").path("intents").get(0))
                    .put("sampleUtterances", "misnamed");

            assertThatThrownBy(() -> STRICT.treeToValue(broken, InteractionModelData.class)).as(file.toString())
                    .isInstanceOf(UnrecognizedPropertyException.class).hasMessageContaining("sampleUtterances");
        }
    }

    @Test
    void roundTrip_shouldCatchAnEnumValueTheModelDoesNotKnow() throws IOException {
        ObjectNode unknownCountry = (ObjectNode) STRICT.readTree(MANIFEST.toFile());
        ((ObjectNode) unknownCountry.path("manifest").path("publishingInformation"))
                .putArray("distributionCountries").add("XX");

        JsonNode readBack = STRICT.valueToTree(STRICT.treeToValue(unknownCountry, SkillManifestEnvelope.class));

        assertThat(differences(unknownCountry, readBack)).singleElement().asString()
                .startsWith("/manifest/publishingInformation/distributionCountries/0: \"XX\" became");
    }

    /** Locale to model file, for every {@code <locale>.json} under {@code interactionModels/custom}. */
    static Map<String, Path> interactionModels() throws IOException {
        Map<String, Path> models = new TreeMap<>();
        try (Stream<Path> files = Files.list(MODELS)) {
            files.filter(file -> file.getFileName().toString().endsWith(".json")).forEach(file -> models.put(
                    file.getFileName().toString().replaceFirst("\\.json$", ""), file));
        }
        return models;
    }

    /**
     * Where {@code readBack} differs from {@code original}, as JSON pointers. Empty arrays and objects the model adds
     * by default (an intent's {@code "slots": []}, say) are not differences.
     */
    static List<String> differences(JsonNode original, JsonNode readBack) {
        List<String> found = new ArrayList<>();
        compare("", original, readBack, found);
        return found;
    }

    private static void compare(String path, JsonNode original, JsonNode readBack, List<String> found) {
        if (original.isObject() && readBack.isObject()) {
            Set<String> names = new TreeSet<>(fieldNames(original));
            names.addAll(fieldNames(readBack));
            for (String name : names) {
                JsonNode left = original.path(name);
                JsonNode right = readBack.path(name);
                if (left.isMissingNode() && right.isContainerNode() && right.isEmpty()) {
                    continue;
                }
                compare(path + "/" + name, left, right, found);
            }
        } else if (original.isArray() && readBack.isArray() && original.size() == readBack.size()) {
            for (int i = 0; i < original.size(); i++) {
                compare(path + "/" + i, original.get(i), readBack.get(i), found);
            }
        } else if (!original.equals(readBack)) {
            found.add(path + ": " + shortly(original) + " became " + shortly(readBack));
        }
    }

    private static String shortly(JsonNode node) {
        String text = node.isMissingNode() ? "(absent)" : node.toString();
        return text.length() > 80 ? text.substring(0, 80) + "..." : text;
    }

    private static Set<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return new TreeSet<>(names);
    }
}
