package com.morningbackcoach.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

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
    private final Invocation invocation = new Invocation(model.invocationName());
    private final UtteranceMatcher matcher = new UtteranceMatcher(model);

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(Path.of("skill-package/skill.json").toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> examplePhrases() {
        List<String> phrases = new ArrayList<>();
        manifest.path("publishingInformation").path("locales").path("en-US").path("examplePhrases")
                .forEach(phrase -> phrases.add(phrase.asText()));
        return phrases;
    }

    @Test
    void examplePhrases_shouldBeThreeAndAllResolveAgainstTheModel() {
        List<String> phrases = examplePhrases();

        assertThat(phrases).hasSize(3);
        assertThat(phrases.get(0)).startsWith("Alexa, open");
        assertThat(invocation.parse(phrases.get(0).replace(",", ""))).hasValueSatisfying(p -> assertThat(p.isLaunch()).isTrue());
        for (String phrase : phrases.subList(1, phrases.size())) {
            Invocation.Parsed parsed = invocation.parse(phrase.replace(",", "")).orElseThrow();
            assertThat(invocation.bestOneShot(matcher, parsed.request()).intent()).as(phrase)
                    .isNotEqualTo(UtteranceMatcher.FALLBACK);
        }
    }

    @Test
    void manifest_shouldSubscribeToSkillDisabled_andCarryTheHealthNotice() {
        assertThat(manifest.path("events").path("subscriptions").findValuesAsText("eventName")).contains("SKILL_DISABLED");
        assertThat(manifest.path("publishingInformation").path("locales").path("en-US").path("description").asText())
                .contains("not a substitute for professional medical advice",
                        "not for emergencies: call your local emergency number", "healthcare provider");
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
        assertThat(privacy.path("locales").path("en-US").path("privacyPolicyUrl").asText()).startsWith("https://");
    }
}
