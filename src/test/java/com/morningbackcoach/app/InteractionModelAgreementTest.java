package com.morningbackcoach.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.morningbackcoach.conversation.IntentHandler;
import com.morningbackcoach.testing.ModelFile;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.TestServices;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class InteractionModelAgreementTest {

    private static final Set<String> REQUIRED_BUILT_INS = Set.of("AMAZON.HelpIntent", "AMAZON.StopIntent",
            "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent");

    private final JsonNode model = ModelFile.languageModel();

    @Test
    void everyIntentInTheModel_shouldHaveAHandler_andEveryHandledIntentShouldBeInTheModel() {
        Set<String> handled = SkillFactory.handlers(TestServices.inMemory(MutableClock.at("2026-11-24T07:00:00Z")))
                .stream()
                .filter(IntentHandler.class::isInstance)
                .flatMap(handler -> ((IntentHandler) handler).intentNames().stream())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(new TreeSet<>(ModelFile.intentNames())).isEqualTo(handled);
    }

    @Test
    void model_shouldDeclareTheBuiltInsEveryCertifiedSkillNeeds() {
        assertThat(ModelFile.intentNames()).containsAll(REQUIRED_BUILT_INS);
    }

    @Test
    void noSampleUtterance_shouldAppearUnderTwoIntents() {
        Map<String, String> owner = new HashMap<>();
        Set<String> clashes = new TreeSet<>();
        model.path("intents").forEach(intent -> intent.path("samples").forEach(sample -> {
            String text = normalise(sample.asText());
            String previous = owner.putIfAbsent(text, intent.path("name").asText());
            if (previous != null && !previous.equals(intent.path("name").asText())) {
                clashes.add(text + " (" + previous + ", " + intent.path("name").asText() + ")");
            }
        }));

        assertThat(clashes).isEmpty();
    }

    @Test
    void noSampleUtterance_shouldBeListedTwiceInOneIntent() {
        model.path("intents").forEach(intent -> {
            List<String> samples = new java.util.ArrayList<>();
            intent.path("samples").forEach(sample -> samples.add(normalise(sample.asText())));
            assertThat(samples).as(intent.path("name").asText()).doesNotHaveDuplicates();
        });
    }

    @Test
    void everySlotType_usedByAnIntent_shouldBeBuiltInOrDefined() {
        Set<String> defined = new HashSet<>();
        model.path("types").forEach(type -> defined.add(type.path("name").asText()));
        model.path("intents").forEach(intent -> intent.path("slots").forEach(slot -> {
            String type = slot.path("type").asText();
            assertThat(type.startsWith("AMAZON.") || defined.contains(type))
                    .as("slot type %s of %s", type, intent.path("name").asText()).isTrue();
        }));
    }

    @Test
    void invocationName_shouldBeMorningBackCoach() {
        assertThat(model.path("invocationName").asText()).isEqualTo("morning back coach");
    }

    private static String normalise(String sample) {
        return sample.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").trim();
    }
}
