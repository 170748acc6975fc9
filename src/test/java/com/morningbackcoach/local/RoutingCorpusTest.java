package com.morningbackcoach.local;

import com.morningbackcoach.faq.Faq;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Routes every phrasing of the routing corpus through the local matcher against the interaction model, and asserts
 * that at least 95% reach their intent and slot value. The report (overall, per target, the lines left out because
 * their intent is not in the model yet, and every misroute) is printed on each run.
 */
class RoutingCorpusTest {

    static final double REQUIRED_SHARE = 0.95;
    /** A new intent, topic or slot value brings its own phrasings to the corpus. */
    static final int MIN_LINES_PER_TARGET = 6;
    private static final Set<String> WITHOUT_PHRASINGS = Set.of("AMAZON.FallbackIntent", "AMAZON.NavigateHomeIntent");
    /** Intents that mean nothing without their slot, so only their slot values need phrasings. */
    private static final Set<String> SLOT_REQUIRED = Set.of("AdjustRoutineIntent");

    /** The locales with a corpus written apart from their model. */
    static List<String> locales() {
        return List.of("en-US", "es-US");
    }

    private static InteractionModel model(String locale) {
        return InteractionModel.forLocale(locale);
    }

    private static Faq faq(String locale) {
        return Faq.forLocale(java.util.Locale.forLanguageTag(locale));
    }

    @ParameterizedTest
    @MethodSource("locales")
    void atLeastNinetyFivePercentOfThePhrasings_shouldReachTheirTarget(String locale) {
        InteractionModel model = model(locale);
        Faq faq = faq(locale);
        RoutingCorpus corpus = RoutingCorpus.forLocale(locale);
        System.out.println(locale + ":");
        RoutingCorpus.Report report = corpus.route(model, faq);
        System.out.print(report.summary());

        assertThat(report.counted()).isNotEmpty();
        assertThat(report.share())
                .as("share of the corpus routed to its target; misroutes:%n%s", report.misroutes().stream()
                        .map(r -> "line " + r.line().number() + ": \"" + r.line().phrasing() + "\" -> "
                                + r.describe() + ", expected " + r.line().target().text())
                        .collect(Collectors.joining("\n")))
                .isGreaterThanOrEqualTo(REQUIRED_SHARE);
    }

    @ParameterizedTest
    @MethodSource("locales")
    void corpus_shouldFollowItsFormat(String locale) {
        Map<String, Integer> seen = new HashMap<>();
        for (RoutingCorpus.Line line : RoutingCorpus.forLocale(locale).lines()) {
            assertThat(line.phrasing()).as("line %d", line.number())
                    .matches(locale.startsWith("es") ? "[a-zñáéíóúü0-9 ]+" : "[a-z0-9' ]+")
                    .isEqualTo(line.phrasing().trim()).doesNotContain("  ");
            Integer before = seen.putIfAbsent(line.phrasing(), line.number());
            assertThat(before).as("\"%s\" on line %d is already on line %s", line.phrasing(), line.number(), before)
                    .isNull();
        }
    }

    /**
     * The corpus tests how the model takes speech it was not written from, so a phrasing longer than two words (in the
     * form the matcher compares) is never a sample word for word; short ones ("yes", "start over") are too common to
     * be told apart. Held for the corpora written after their model was checked against this rule.
     */
    @ParameterizedTest
    @ValueSource(strings = {"es-US"})
    void noPhrasingOfMoreThanTwoWords_shouldRepeatASampleOfTheModel(String locale) {
        InteractionModel model = model(locale);
        UtteranceMatcher matcher = new UtteranceMatcher(model);
        Map<String, String> samples = new HashMap<>();
        model.intents().forEach(intent -> intent.samples().stream().filter(sample -> !sample.contains("{"))
                .forEach(sample -> samples.put(matcher.canonicalForm(sample), intent.name() + " \"" + sample + "\"")));
        List<String> echoes = RoutingCorpus.forLocale(locale).lines().stream()
                .filter(line -> matcher.canonicalForm(line.phrasing()).split(" ").length > 2)
                .filter(line -> samples.containsKey(matcher.canonicalForm(line.phrasing())))
                .map(line -> "line " + line.number() + ": \"" + line.phrasing() + "\" is the sample "
                        + samples.get(matcher.canonicalForm(line.phrasing())))
                .toList();

        assertThat(echoes).as("corpus phrasings that are samples of the model; change one of the two").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("locales")
    void everyTargetWhoseIntentIsInTheModel_shouldNameAValueTheModelHas(String locale) {
        InteractionModel model = model(locale);
        Faq faq = faq(locale);
        Set<String> intents = Set.copyOf(model.intentNames());
        for (RoutingCorpus.Line line : RoutingCorpus.forLocale(locale).lines()) {
            RoutingCorpus.Target target = line.target();
            if (!intents.contains(target.intent())) {
                continue;
            }
            if (target.isFaq()) {
                assertThat(faq.topic(target.faqTopic())).as("line %d", line.number()).isPresent();
                assertThat(valueIds(model, RoutingCorpus.ASK_QUESTION, RoutingCorpus.TOPIC_SLOT))
                        .as("line %d", line.number()).contains(target.faqTopic());
            } else if (target.slot() != null
                    && BuiltInSlotValues.isBuiltIn(slotType(model, target.intent(), target.slot()))) {
                assertThat(target.valueId()).as("line %d: a value Alexa's built-in type gives", line.number())
                        .matches("\\d{2}:\\d{2}|MO|AF|EV|NI|PT[0-9HMS]+|\\d{1,3}");
            } else if (target.slot() != null) {
                assertThat(valueIds(model, target.intent(), target.slot())).as("line %d", line.number())
                        .contains(target.valueId());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("locales")
    void everyIntentTopicAndSlotValue_shouldHaveItsOwnPhrasingsInTheCorpus(String locale) {
        InteractionModel model = model(locale);
        Faq faq = faq(locale);
        Map<String, Integer> perTarget = RoutingCorpus.forLocale(locale).linesPerTarget();
        Set<String> thin = new TreeSet<>();
        for (InteractionModel.Intent intent : model.intents()) {
            String name = intent.name();
            if (WITHOUT_PHRASINGS.contains(name) || name.equals(RoutingCorpus.ASK_QUESTION)
                    || faq.directQuestions().containsKey(name)) {
                continue;
            }
            if (!intent.slots().isEmpty() && intent.slots().values().stream().allMatch(BuiltInSlotValues::isBuiltIn)) {
                check(RoutingCorpus.forLocale(locale).linesPerIntent(), name, thin);
                continue;
            }
            if (!SLOT_REQUIRED.contains(name)) {
                check(perTarget, name, thin);
            }
            intent.slots().forEach((slot, type) -> model.slotTypes().get(type).values()
                    .forEach(value -> check(perTarget, name + ":" + slot + "=" + value.id(), thin)));
        }
        faq.topics().forEach(topic -> check(perTarget, "FAQ:" + topic.id(), thin));

        assertThat(thin).as("targets with fewer than %d corpus lines", MIN_LINES_PER_TARGET).isEmpty();
    }

    private static void check(Map<String, Integer> perTarget, String target, Set<String> thin) {
        if (perTarget.getOrDefault(target, 0) < MIN_LINES_PER_TARGET) {
            thin.add(target + " (" + perTarget.getOrDefault(target, 0) + ")");
        }
    }

    private static List<String> valueIds(InteractionModel model, String intent, String slot) {
        return model.slotTypes().get(slotType(model, intent, slot)).values().stream()
                .map(InteractionModel.SlotValue::id).toList();
    }

    private static String slotType(InteractionModel model, String intent, String slot) {
        return model.intents().stream().filter(i -> i.name().equals(intent)).findFirst().orElseThrow()
                .slots().get(slot);
    }
}
