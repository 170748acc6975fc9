package com.morningbackcoach.selfcheck;

import com.morningbackcoach.speech.ContentBundles;
import com.morningbackcoach.speech.Speech;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every self-check question, as the skill reads it aloud in every locale, asks in the plain positive form, so a
 * sleepy "nope" means what it says: no negation word ("free of", "rule out", "without", "sin", "descartar").
 */
class CheckQuestionWordingTest {

    /** Words and phrases that turn a question around, per language; stems catch "ruled out", "descartas". */
    static final Map<String, List<String>> NEGATIONS = Map.of(
            "en", List.of("no", "not", "n't", "never", "none", "nothing", "nobody", "neither", "nor", "without",
                    "free", "rule out", "ruled out", "absence", "absent", "lack", "lacking", "unhurt", "uninjured",
                    "painless", "harmless", "rather than", "instead of"),
            "es", List.of("no", "ni", "nunca", "jamás", "nada", "nadie", "ningún", "ninguno", "ninguna", "sin",
                    "tampoco", "descartar", "descartas", "descartado", "descartada", "ausencia", "libre", "libres",
                    "en vez de", "en lugar de"));

    /** The question part of each reply: what follows "Question n of 7." or "Pregunta n de 7.". */
    private static List<String> questionsAsSpoken(String localeTag) {
        SkillConversation talk = new SkillConversation(TestServices.inMemory(MutableClock.at("2026-11-03T07:00:00Z")))
                .inLocale(localeTag).afterSafetyNote();
        Speech speech = Speech.forLocale(localeTag);
        talk.launch();
        List<String> spoken = new ArrayList<>();
        Reply reply = talk.say("CheckMyBackIntent");
        for (int number = 1; number <= CheckQuestion.COUNT; number++) {
            String header = speech.say("check.header", number, CheckQuestion.COUNT);
            String text = plain(reply.speech());
            assertThat(text).as("%s question %d", localeTag, number).contains(header);
            spoken.add(text.substring(text.indexOf(header) + header.length()).trim());
            reply = talk.say("AMAZON.YesIntent");
        }
        return spoken;
    }

    private static String plain(String ssml) {
        return ssml.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim();
    }

    static List<String> negationsIn(String text, String language) {
        String words = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}']+", " ") + " ";
        List<String> found = new ArrayList<>();
        for (String negation : NEGATIONS.get(language)) {
            Pattern pattern = negation.startsWith("n'")
                    ? Pattern.compile("\\p{L}" + Pattern.quote(negation) + "\\b")
                    : Pattern.compile(" " + Pattern.quote(negation) + " ");
            if (pattern.matcher(words).find()) {
                found.add(negation);
            }
        }
        return found;
    }

    @Test
    void negationCheck_shouldCatchTheOldWordings() {
        assertThat(negationsIn("Is the cracking free of pain, with no swelling around it?", "en"))
                .contains("free", "no");
        assertThat(negationsIn("Can you rule out a fall, an accident, or any recent injury to your back?", "en"))
                .contains("rule out");
        assertThat(negationsIn("Doesn't it hurt?", "en")).contains("n't");
        assertThat(negationsIn("¿El crujido es sin dolor y sin hinchazón alrededor?", "es")).contains("sin");
        assertThat(negationsIn("¿Puedes descartar una caída?", "es")).contains("descartar");
        assertThat(negationsIn("Is it comfortable?", "en")).isEmpty();
    }

    @TestFactory
    List<DynamicTest> everyQuestionAsSpoken_inEveryLocale_shouldCarryNoNegation() {
        return ContentBundles.LOCALES.stream().map(locale -> DynamicTest.dynamicTest(locale, () -> {
            String language = Locale.forLanguageTag(locale).getLanguage();
            List<String> questions = questionsAsSpoken(locale);
            assertThat(questions).hasSize(CheckQuestion.COUNT).doesNotContain("");
            for (int i = 0; i < questions.size(); i++) {
                assertThat(negationsIn(questions.get(i), language)).as("%s question %d: %s", locale, i + 1,
                        questions.get(i)).isEmpty();
            }
        })).toList();
    }

    @Test
    void everyQuestion_shouldBeOneQuestionMark_soAPlainYesAnswersAll() {
        for (String locale : ContentBundles.LOCALES) {
            Speech speech = Speech.forLocale(locale);
            for (int number = 1; number <= CheckQuestion.COUNT; number++) {
                String question = speech.say("check.q." + number);
                assertThat(question).as("%s %d", locale, number).endsWith("?");
                assertThat(Arrays.stream(question.split("")).filter("?"::equals).count()).isEqualTo(1);
            }
        }
    }
}
