package com.morningbackcoach.faq;

import com.morningbackcoach.testing.ModelFile;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class FaqContentTest {

    private static final Pattern WARNING_SIGN = Pattern.compile("numb|tingl|swelling|shooting|spreading|weakness",
            Pattern.CASE_INSENSITIVE);
    private final Faq faq = Faq.english();

    private Set<String> topicIdsInModel() {
        Set<String> ids = new HashSet<>();
        ModelFile.languageModel().path("types").forEach(type -> {
            if (type.path("name").asText().equals("QUESTION_TOPIC")) {
                type.path("values").forEach(value -> ids.add(value.path("id").asText()));
            }
        });
        return ids;
    }

    private static String fullText(FaqTopic topic) {
        return topic.answer() + " " + topic.more().orElse("");
    }

    @Test
    void everyTopicInTheModel_shouldHaveAnAnswer_andEveryAnswerShouldBeReachableFromTheModel() {
        Set<String> answered = faq.topics().stream().map(FaqTopic::id).collect(Collectors.toSet());

        assertThat(topicIdsInModel()).isEqualTo(answered);
        assertThat(ModelFile.intentNames()).containsAll(faq.directQuestions().keySet());
        assertThat(answered).containsAll(faq.directQuestions().values());
    }

    @Test
    void keyFigures_shouldAllBeSpokenSomewhere() {
        String everything = faq.topics().stream().map(FaqContentTest::fullText).collect(Collectors.joining(" "));

        assertThat(everything).contains("15 to 30 minutes", "6 to 8 hours", "7 to 10 years", "30 minutes", "five minutes",
                "24 vertebrae", "38 year old", "six months");
    }

    @Test
    void everyAnswerMentioningAWarningSign_shouldAdviseSeeingAHealthcareProvider() {
        List<FaqTopic> warning = faq.topics().stream().filter(t -> WARNING_SIGN.matcher(fullText(t)).find()).toList();

        assertThat(warning).extracting(FaqTopic::id).contains("WARNING_SIGNS", "NORMAL_VS_CONCERNING", "DESK_WORKER",
                "RED_FLAGS", "LEG_PAIN");
        assertThat(warning).allSatisfy(topic -> assertThat(fullText(topic)).contains("healthcare provider"));
    }

    /** "No" to "want the rest?" must lose nothing essential: the advice to get care is in the first part. */
    @Test
    void theFirstPartOfAnAnswer_shouldCarryTheAdviceToGetCare() {
        faq.topics().stream().filter(t -> WARNING_SIGN.matcher(fullText(t)).find())
                .forEach(topic -> assertThat(topic.answer()).as(topic.id()).contains("healthcare provider"));
    }

    @Test
    void everyTopic_shouldHaveAtLeastTenSynonyms() {
        ModelFile.languageModel().path("types").forEach(type -> {
            if (type.path("name").asText().equals("QUESTION_TOPIC")) {
                type.path("values").forEach(value -> assertThat(value.path("name").path("synonyms").size())
                        .as(value.path("id").asText()).isGreaterThanOrEqualTo(10));
            }
        });
    }

    @Test
    void answers_shouldBeShortForTheEar() {
        assertThat(faq.topics()).allSatisfy(topic -> {
            assertThat(fullText(topic).length()).as(topic.id()).isLessThan(1500);
            assertThat(topic.answer().split("\\s+").length).as(topic.id()).isLessThanOrEqualTo(130);
            topic.more().ifPresent(more -> assertThat(more.split("\\s+").length).as(topic.id()).isLessThanOrEqualTo(80));
        });
    }

    @Test
    void suggestions_shouldDifferFromOneRoundToTheNext_andCoverEveryTopicInTurn() {
        Set<String> seen = new HashSet<>();
        for (int round = 0; round < faq.topics().size(); round++) {
            List<FaqTopic> now = faq.suggestions(round);
            assertThat(now).hasSize(Faq.LIST_SIZE).doesNotHaveDuplicates();
            assertThat(now).isNotEqualTo(faq.suggestions(round + 1));
            now.forEach(topic -> seen.add(topic.id()));
        }
        assertThat(seen).hasSize(faq.topics().size());
    }
}
