package com.morningbackcoach.local;

import com.morningbackcoach.speech.ContentBundles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class SkillManifestTest {

    private final JsonNode manifest = read().path("manifest");
    private final InteractionModel model = InteractionModel.load(InteractionModel.DEFAULT_PATH);
    private final Invocation invocation = new Invocation(model);
    private final UtteranceMatcher matcher = new UtteranceMatcher(model);

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(Path.of("skill-package/skill.json").toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> examplePhrases(String locale) {
        List<String> phrases = new ArrayList<>();
        manifest.path("publishingInformation").path("locales").path(locale).path("examplePhrases")
                .forEach(phrase -> phrases.add(phrase.asText()));
        return phrases;
    }

    @ParameterizedTest
    @MethodSource("locales")
    void examplePhrases_shouldBeThreeAndAllResolveAgainstTheModel(String locale) {
        InteractionModel model = InteractionModel.forLocale(locale);
        Invocation invocation = new Invocation(model);
        UtteranceMatcher matcher = new UtteranceMatcher(model);
        List<String> phrases = examplePhrases(locale);

        assertThat(phrases).hasSize(3);
        assertThat(phrases.get(0)).startsWith(locale.startsWith("es") ? "Alexa, abre" : "Alexa, open");
        assertThat(invocation.parse(phrases.get(0).replace(",", ""))).hasValueSatisfying(p -> assertThat(p.isLaunch()).isTrue());
        for (String phrase : phrases.subList(1, phrases.size())) {
            Invocation.Parsed parsed = invocation.parse(phrase.replace(",", "")).orElseThrow();
            assertThat(invocation.bestOneShot(matcher, parsed.request()).intent()).as(phrase)
                    .isNotEqualTo(UtteranceMatcher.FALLBACK);
        }
    }

    static List<String> locales() {
        return ContentBundles.LOCALES;
    }

    @ParameterizedTest
    @MethodSource("locales")
    void manifest_shouldSubscribeToSkillDisabled_andCarryTheHealthNotice(String locale) {
        assertThat(manifest.path("events").path("subscriptions").findValuesAsText("eventName")).contains("SKILL_DISABLED");
        String description = manifest.path("publishingInformation").path("locales").path(locale).path("description").asText();
        if (locale.startsWith("es")) {
            assertThat(description).contains("No sustituye el consejo médico profesional", "No es para emergencias: llama al",
                    "número de emergencias de tu zona");
        } else {
            assertThat(description).contains("not a substitute for professional medical advice", "not for emergencies: call",
                    "your local emergency number", "healthcare provider");
        }
        assertThat(manifest.path("apis").path("custom").path("endpoint").path("uri").asText()).startsWith("arn:aws:lambda:");
    }

    @Test
    void testingInstructions_shouldNameEveryCustomIntent_withPhrasesTheModelUnderstands() {
        String instructions = manifest.path("publishingInformation").path("testingInstructions").asText();
        Set<String> reached = new TreeSet<>();
        Matcher quoted = Pattern.compile("\"([^\"]+)\"").matcher(instructions);
        while (quoted.find()) {
            String phrase = quoted.group(1).replace(",", "");
            String intent = invocation.parse(phrase)
                    .map(parsed -> parsed.isLaunch() ? "LaunchRequest" : invocation.bestOneShot(matcher, parsed.request()).intent())
                    .orElseGet(() -> matcher.match(phrase).intent());
            assertThat(intent).as(phrase).isNotEqualTo(UtteranceMatcher.FALLBACK);
            reached.add(intent);
        }

        Set<String> custom = new TreeSet<>(model.intentNames());
        custom.removeIf(name -> name.startsWith("AMAZON."));
        assertThat(reached).as("intents the testing instructions reach").containsAll(custom).contains("LaunchRequest");
        assertThat(instructions).contains("SKILL_DISABLED", "Never stored");
    }

    @Test
    void privacyAndCompliance_shouldBeDeclared() {
        JsonNode privacy = manifest.path("privacyAndCompliance");

        assertThat(privacy.path("allowsPurchases").isBoolean()).isTrue();
        assertThat(privacy.path("isChildDirected").asBoolean()).isFalse();
        ContentBundles.LOCALES.forEach(locale -> {
            assertThat(privacy.path("locales").path(locale).path("privacyPolicyUrl").asText()).as(locale).startsWith("https://");
            assertThat(privacy.path("locales").path(locale).path("termsOfUseUrl").asText()).as(locale).startsWith("https://");
        });
    }
}
