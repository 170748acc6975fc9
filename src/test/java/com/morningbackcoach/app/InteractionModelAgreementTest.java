package com.morningbackcoach.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.morningbackcoach.conversation.IntentHandler;
import com.morningbackcoach.local.InteractionModel;
import com.morningbackcoach.local.UtteranceMatcher;
import com.morningbackcoach.speech.ContentBundles;
import com.morningbackcoach.testing.ModelFile;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.TestServices;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Every locale's interaction model agrees with the handlers and with itself; each test runs once per locale. */
class InteractionModelAgreementTest {

    /** Amazon advises about 30 samples an intent for good recognition. */
    private static final int MIN_SAMPLES = 30;
    /** Words a one-shot request may start with; a sample that differs from another only by one adds nothing. */
    private static final Set<String> CARRIERS = Set.of("to", "for", "about", "if", "whether", "me", "my", "please");
    private static final Set<String> SPANISH_CARRIERS = Set.of("que", "si", "sobre", "para");
    private static final Set<String> REQUIRED_BUILT_INS = Set.of("AMAZON.HelpIntent", "AMAZON.StopIntent",
            "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent");

    static List<String> locales() {
        return ContentBundles.LOCALES;
    }

    @ParameterizedTest
    @MethodSource("locales")
    void everyIntentInTheModel_shouldHaveAHandler_andEveryHandledIntentShouldBeInTheModel(String locale) {
        Set<String> handled = SkillFactory.handlers(TestServices.inMemory(MutableClock.at("2026-11-24T07:00:00Z")))
                .stream()
                .filter(IntentHandler.class::isInstance)
                .flatMap(handler -> ((IntentHandler) handler).intentNames().stream())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(new TreeSet<>(ModelFile.intentNames(locale))).isEqualTo(handled);
    }

    @ParameterizedTest
    @MethodSource("locales")
    void model_shouldDeclareTheBuiltInsEveryCertifiedSkillNeeds(String locale) {
        assertThat(ModelFile.intentNames(locale)).containsAll(REQUIRED_BUILT_INS);
    }

    @ParameterizedTest
    @MethodSource("locales")
    void noSampleUtterance_shouldAppearUnderTwoIntents(String locale) {
        JsonNode model = ModelFile.languageModel(locale);
        Map<String, String> owner = new HashMap<>();
        Set<String> clashes = new TreeSet<>();
        model.path("intents").forEach(intent -> intent.path("samples").forEach(sample -> {
            String text = normalise(locale, sample.asText());
            String previous = owner.putIfAbsent(text, intent.path("name").asText());
            if (previous != null && !previous.equals(intent.path("name").asText())) {
                clashes.add(text + " (" + previous + ", " + intent.path("name").asText() + ")");
            }
        }));

        assertThat(clashes).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("locales")
    void noSampleUtterance_shouldBeListedTwiceInOneIntent(String locale) {
        JsonNode model = ModelFile.languageModel(locale);
        model.path("intents").forEach(intent -> {
            List<String> samples = new java.util.ArrayList<>();
            intent.path("samples").forEach(sample -> samples.add(normalise(locale, sample.asText())));
            assertThat(samples).as(intent.path("name").asText()).doesNotHaveDuplicates();
        });
    }

    @ParameterizedTest
    @MethodSource("locales")
    void everySlotType_usedByAnIntent_shouldBeBuiltInOrDefined(String locale) {
        JsonNode model = ModelFile.languageModel(locale);
        Set<String> defined = new HashSet<>();
        model.path("types").forEach(type -> defined.add(type.path("name").asText()));
        model.path("intents").forEach(intent -> intent.path("slots").forEach(slot -> {
            String type = slot.path("type").asText();
            assertThat(type.startsWith("AMAZON.") || defined.contains(type))
                    .as("slot type %s of %s", type, intent.path("name").asText()).isTrue();
        }));
    }

    @ParameterizedTest
    @MethodSource("locales")
    void invocationName_shouldBeTheSkillsNameInTheLocalesLanguage(String locale) {
        assertThat(ModelFile.languageModel(locale).path("invocationName").asText())
                .isEqualTo(ModelFile.invocationName(locale));
    }

    @ParameterizedTest
    @MethodSource("locales")
    void everyCustomIntent_shouldHaveAtLeastThirtyDistinctSamples(String locale) {
        JsonNode model = ModelFile.languageModel(locale);
        model.path("intents").forEach(intent -> {
            String name = intent.path("name").asText();
            if (name.startsWith("AMAZON.")) {
                return;
            }
            Set<String> distinct = new HashSet<>();
            intent.path("samples").forEach(sample -> distinct.add(normalise(locale, sample.asText())));
            assertThat(distinct).as(name).hasSizeGreaterThanOrEqualTo(MIN_SAMPLES);
        });
    }

    @ParameterizedTest
    @MethodSource("locales")
    void noTwoSamples_shouldDifferOnlyInALeadingCarrierWord(String locale) {
        JsonNode model = ModelFile.languageModel(locale);
        Map<String, String> byCore = new HashMap<>();
        Set<String> clashes = new TreeSet<>();
        model.path("intents").forEach(intent -> intent.path("samples").forEach(sample -> {
            String text = normalise(locale, sample.asText());
            String core = withoutCarriers(locale, text);
            String previous = byCore.putIfAbsent(core, text);
            if (previous != null && !previous.equals(text)) {
                clashes.add("\"" + previous + "\" and \"" + text + "\"");
            }
        }));

        assertThat(clashes).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("locales")
    void everySampleWithoutSlots_shouldRouteToItsOwnIntent(String locale) {
        InteractionModel parsed = InteractionModel.forLocale(locale);
        UtteranceMatcher matcher = new UtteranceMatcher(parsed);
        List<String> elsewhere = new ArrayList<>();
        parsed.intents().forEach(intent -> intent.samples().stream().filter(sample -> !sample.contains("{"))
                .forEach(sample -> {
                    String routed = matcher.match(sample).intent();
                    if (!routed.equals(intent.name())) {
                        elsewhere.add(sample + " (" + intent.name() + " -> " + routed + ")");
                    }
                }));

        assertThat(elsewhere).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("locales")
    void noSample_shouldUseOneSlotTwice(String locale) {
        JsonNode model = ModelFile.languageModel(locale);
        model.path("intents").forEach(intent -> intent.path("samples").forEach(sample -> {
            List<String> slots = new ArrayList<>();
            java.util.regex.Matcher slot = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(sample.asText());
            while (slot.find()) {
                slots.add(slot.group(1));
            }
            assertThat(slots).as(sample.asText()).doesNotHaveDuplicates();
        }));
    }

    @ParameterizedTest
    @MethodSource("locales")
    void everyValueAndSynonymOfASlotType_shouldNameOneValueOnly(String locale) {
        JsonNode model = ModelFile.languageModel(locale);
        model.path("types").forEach(type -> {
            Map<String, String> owner = new HashMap<>();
            Set<String> clashes = new TreeSet<>();
            type.path("values").forEach(value -> {
                List<String> names = new ArrayList<>(List.of(value.path("name").path("value").asText()));
                value.path("name").path("synonyms").forEach(synonym -> names.add(synonym.asText()));
                names.stream().map(name -> normalise(locale, name)).forEach(name -> {
                    String previous = owner.putIfAbsent(name, value.path("id").asText());
                    if (previous != null) {
                        clashes.add(name + " (" + previous + ", " + value.path("id").asText() + ")");
                    }
                });
            });
            assertThat(clashes).as(type.path("name").asText()).isEmpty();
        });
    }

    /** A sample that is a slot alone ("{topic}") takes any value of its type: none may be another intent's sample. */
    @ParameterizedTest
    @MethodSource("locales")
    void noValueOfASlotSaidAlone_shouldBeASampleOfAnotherIntent_orAValueOfAnotherSlotSaidAlone(String locale) {
        InteractionModel parsed = InteractionModel.forLocale(locale);
        Map<String, String> plainSamples = new HashMap<>();
        parsed.intents().forEach(intent -> intent.samples().stream().filter(s -> !s.contains("{"))
                .forEach(s -> plainSamples.put(normalise(locale, s), intent.name())));
        Map<String, String> saidAlone = new HashMap<>();
        Set<String> clashes = new TreeSet<>();
        parsed.intents().forEach(intent -> intent.samples().stream().filter(s -> s.matches("\\{\\w+}"))
                .forEach(sample -> {
                    String type = intent.slots().get(sample.substring(1, sample.length() - 1));
                    parsed.slotTypes().get(type).values().forEach(value -> {
                        value.names().stream().map(name -> normalise(locale, name)).forEach(name -> {
                            if (plainSamples.containsKey(name)) {
                                clashes.add(name + " (" + type + ", sample of " + plainSamples.get(name) + ")");
                            }
                            String other = saidAlone.putIfAbsent(name, type);
                            if (other != null && !other.equals(type)) {
                                clashes.add(name + " (" + other + ", " + type + ")");
                            }
                        });
                    });
                }));

        assertThat(clashes).isEmpty();
    }

    private static String withoutCarriers(String locale, String text) {
        Set<String> carriers = locale.startsWith("es") ? SPANISH_CARRIERS : CARRIERS;
        String[] words = text.split(" ");
        int first = 0;
        while (first < words.length - 1 && carriers.contains(words[first])) {
            first++;
        }
        return String.join(" ", java.util.Arrays.asList(words).subList(first, words.length));
    }

    /** The form the local matcher compares samples in (contractions spelled out, filler words dropped), slots kept. */
    private static String normalise(String locale, String sample) {
        return UtteranceMatcher.canonical(locale, sample.replaceAll("\\{(\\w+)}", "slotx$1"));
    }
}
