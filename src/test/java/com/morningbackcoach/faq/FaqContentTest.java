package com.morningbackcoach.faq;

import com.morningbackcoach.speech.ContentBundles;
import com.morningbackcoach.testing.ModelFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The answers of every locale, each against its own interaction model; each test runs once per locale. */
class FaqContentTest {

    /** Per language: words that name a warning sign, the advice to get care, and the article's key figures. */
    private record Language(Pattern warningSign, String care, List<String> keyFigures) {
    }

    private static final Language ENGLISH = new Language(
            Pattern.compile("numb|tingl|swelling|shooting|spreading|weakness", Pattern.CASE_INSENSITIVE),
            "healthcare provider", List.of("15 to 30 minutes", "6 to 8 hours", "7 to 10 years", "30 minutes",
                    "five minutes", "24 vertebrae", "38 year old", "six months"));
    private static final Language SPANISH = new Language(
            Pattern.compile("entumec|adormec|hormigue|hinchaz|se corre|se extiende|debilidad", Pattern.CASE_INSENSITIVE),
            "profesional de la salud", List.of("15 a 30 minutos", "6 a 8 horas", "7 a 10 años", "30 minutos",
                    "cinco minutos", "24 vértebras", "38 años", "seis meses"));

    static List<String> locales() {
        return ContentBundles.LOCALES;
    }

    private static Faq faq(String locale) {
        return Faq.forLocale(Locale.forLanguageTag(locale));
    }

    private static Language language(String locale) {
        return locale.startsWith("es") ? SPANISH : ENGLISH;
    }

    private Set<String> topicIdsInModel(String locale) {
        Set<String> ids = new HashSet<>();
        ModelFile.languageModel(locale).path("types").forEach(type -> {
            if (type.path("name").asText().equals("QUESTION_TOPIC")) {
                type.path("values").forEach(value -> ids.add(value.path("id").asText()));
            }
        });
        return ids;
    }

    private static String fullText(FaqTopic topic) {
        return topic.answer() + " " + topic.more().orElse("");
    }

    @ParameterizedTest
    @MethodSource("locales")
    void everyTopicInTheModel_shouldHaveAnAnswer_andEveryAnswerShouldBeReachableFromTheModel(String locale) {
        Faq faq = faq(locale);
        Set<String> answered = faq.topics().stream().map(FaqTopic::id).collect(Collectors.toSet());

        assertThat(topicIdsInModel(locale)).isEqualTo(answered);
        assertThat(ModelFile.intentNames(locale)).containsAll(faq.directQuestions().keySet());
        assertThat(answered).containsAll(faq.directQuestions().values());
    }

    @ParameterizedTest
    @MethodSource("locales")
    void keyFigures_shouldAllBeSpokenSomewhere(String locale) {
        String everything = faq(locale).topics().stream().map(FaqContentTest::fullText).collect(Collectors.joining(" "));

        assertThat(everything).contains(language(locale).keyFigures());
    }

    @ParameterizedTest
    @MethodSource("locales")
    void everyAnswerMentioningAWarningSign_shouldAdviseSeeingAHealthcareProvider(String locale) {
        Language language = language(locale);
        List<FaqTopic> warning = faq(locale).topics().stream()
                .filter(t -> language.warningSign().matcher(fullText(t)).find()).toList();

        assertThat(warning).extracting(FaqTopic::id).contains("WARNING_SIGNS", "NORMAL_VS_CONCERNING", "DESK_WORKER",
                "RED_FLAGS", "LEG_PAIN");
        assertThat(warning).allSatisfy(topic -> assertThat(fullText(topic)).contains(language.care()));
    }

    /** "No" to "want the rest?" must lose nothing essential: the advice to get care is in the first part. */
    @ParameterizedTest
    @MethodSource("locales")
    void theFirstPartOfAnAnswer_shouldCarryTheAdviceToGetCare(String locale) {
        Language language = language(locale);
        faq(locale).topics().stream().filter(t -> language.warningSign().matcher(fullText(t)).find())
                .forEach(topic -> assertThat(topic.answer()).as(topic.id()).contains(language.care()));
    }

    @ParameterizedTest
    @MethodSource("locales")
    void everyTopic_shouldHaveAtLeastTenSynonyms(String locale) {
        ModelFile.languageModel(locale).path("types").forEach(type -> {
            if (type.path("name").asText().equals("QUESTION_TOPIC")) {
                type.path("values").forEach(value -> assertThat(value.path("name").path("synonyms").size())
                        .as(value.path("id").asText()).isGreaterThanOrEqualTo(10));
            }
        });
    }

    @ParameterizedTest
    @MethodSource("locales")
    void answers_shouldBeShortForTheEar(String locale) {
        assertThat(faq(locale).topics()).allSatisfy(topic -> {
            assertThat(fullText(topic).length()).as(topic.id()).isLessThan(1500);
            assertThat(topic.answer().split("\\s+").length).as(topic.id()).isLessThanOrEqualTo(130);
            topic.more().ifPresent(more -> assertThat(more.split("\\s+").length).as(topic.id()).isLessThanOrEqualTo(80));
        });
    }

    @ParameterizedTest
    @MethodSource("locales")
    void suggestions_shouldDifferFromOneRoundToTheNext_andCoverEveryTopicInTurn(String locale) {
        Faq faq = faq(locale);
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
