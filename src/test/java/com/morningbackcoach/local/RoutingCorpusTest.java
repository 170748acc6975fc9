package com.morningbackcoach.local;

import com.morningbackcoach.faq.Faq;
import org.junit.jupiter.api.Test;

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

    private final InteractionModel model = InteractionModel.load(InteractionModel.DEFAULT_PATH);
    private final RoutingCorpus corpus = RoutingCorpus.english();
    private final Faq faq = Faq.english();

    @Test
    void atLeastNinetyFivePercentOfThePhrasings_shouldReachTheirTarget() {
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

    @Test
    void corpus_shouldFollowItsFormat() {
        Map<String, Integer> seen = new HashMap<>();
        for (RoutingCorpus.Line line : corpus.lines()) {
            assertThat(line.phrasing()).as("line %d", line.number())
                    .matches("[a-z0-9' ]+").isEqualTo(line.phrasing().trim()).doesNotContain("  ");
            Integer before = seen.putIfAbsent(line.phrasing(), line.number());
            assertThat(before).as("\"%s\" on line %d is already on line %s", line.phrasing(), line.number(), before)
                    .isNull();
        }
    }

    @Test
    void everyTargetWhoseIntentIsInTheModel_shouldNameAValueTheModelHas() {
        Set<String> intents = Set.copyOf(model.intentNames());
        for (RoutingCorpus.Line line : corpus.lines()) {
            RoutingCorpus.Target target = line.target();
            if (!intents.contains(target.intent())) {
                continue;
            }
            if (target.isFaq()) {
                assertThat(faq.topic(target.faqTopic())).as("line %d", line.number()).isPresent();
                assertThat(valueIds(RoutingCorpus.ASK_QUESTION, RoutingCorpus.TOPIC_SLOT))
                        .as("line %d", line.number()).contains(target.faqTopic());
            } else if (target.slot() != null) {
                assertThat(valueIds(target.intent(), target.slot())).as("line %d", line.number())
                        .contains(target.valueId());
            }
        }
    }

    @Test
    void everyIntentTopicAndSlotValue_shouldHaveItsOwnPhrasingsInTheCorpus() {
        Map<String, Integer> perTarget = corpus.linesPerTarget();
        Set<String> thin = new TreeSet<>();
        for (InteractionModel.Intent intent : model.intents()) {
            String name = intent.name();
            if (WITHOUT_PHRASINGS.contains(name) || name.equals(RoutingCorpus.ASK_QUESTION)
                    || faq.directQuestions().containsKey(name)) {
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

    private List<String> valueIds(String intent, String slot) {
        String type = model.intents().stream().filter(i -> i.name().equals(intent)).findFirst().orElseThrow()
                .slots().get(slot);
        return model.slotTypes().get(type).values().stream().map(InteractionModel.SlotValue::id).toList();
    }
}
