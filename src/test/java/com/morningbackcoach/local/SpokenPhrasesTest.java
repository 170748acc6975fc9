package com.morningbackcoach.local;

import com.morningbackcoach.speech.ContentBundles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.morningbackcoach.faq.Faq;
import com.morningbackcoach.faq.FaqTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every phrase the skill tells the user to say, and every example phrase of {@code skill.json}, is a sample of the
 * intent that handles it, and the local matcher routes it there; in every locale, with its own model and words.
 *
 * <p>How a phrase is found in a spoken text (SSML tags removed), sentence by sentence:
 * <ul>
 *   <li>after {@code say} (or {@code say:}) comes a phrase or a list of them. A list is "a, b, or c" or "a or b": it is
 *   split on commas and on "or", and ends with the item after the last "or". Without an "or", the phrase ends at the
 *   first comma ("if you say yes, I'll ...").</li>
 *   <li>after {@code ask:} or {@code like:} comes one phrase, up to the first comma.</li>
 *   <li>an item after {@code say} loses a leading "or" or "say", and ends before the words that explain it: "when",
 *   "for", "to", "any time", "if" ("say next when you're ready" is "next").</li>
 *   <li>a phrase that starts with "Alexa" is said to Alexa: an invocation, "Alexa, ask Morning Back Coach for the
 *   next step", whose words after the skill's name are the request.</li>
 * </ul>
 * A sample here is one of the intent's samples with its slots filled by values or synonyms, or one of Alexa's own
 * phrases for a built-in intent ("next", "repeat", "stop"); a one-shot request may start with its carrier word.
 *
 * <p>In Spanish the same rule reads {@code di}, {@code decir} for "say", {@code pregunta:}, {@code como:} and
 * {@code por ejemplo:} for "ask:" and "like:", "o" for "or", and an item ends before "cuando", "para", "si" or
 * "cuando quieras".
 */
class SpokenPhrasesTest {

    /** Every phrase the skill tells the user to say, and where it must go; a new one must be added here. */
    private static final Map<String, String> EXPECTED = Map.ofEntries(
            Map.entry("yes", "AMAZON.YesIntent"),
            Map.entry("no", "AMAZON.NoIntent"),
            Map.entry("not sure", "NotSureIntent"),
            Map.entry("next", "AMAZON.NextIntent"),
            Map.entry("done", "AMAZON.NextIntent"),
            Map.entry("repeat", "AMAZON.RepeatIntent"),
            Map.entry("go back", "AMAZON.PreviousIntent"),
            Map.entry("skip this step", "SkipStepIntent"),
            Map.entry("start over", "AMAZON.StartOverIntent"),
            Map.entry("stop", "AMAZON.StopIntent"),
            Map.entry("alexa tell morning back coach my back is bad today", "BadBackDayIntent"),
            Map.entry("set my goal to four days a week", "SetGoalIntent:days=4"),
            Map.entry("set my goal", "SetGoalIntent"),
            Map.entry("turn tips on", "TipsOnIntent"),
            Map.entry("music on", "MusicOnIntent"),
            Map.entry("slower", "AdjustRoutineIntent:change=SLOWER"),
            Map.entry("faster", "AdjustRoutineIntent:change=FASTER"),
            Map.entry("longer holds", "AdjustRoutineIntent:change=LONGER_HOLDS"),
            Map.entry("shorter holds", "AdjustRoutineIntent:change=SHORTER_HOLDS"),
            Map.entry("shorter routine", "AdjustRoutineIntent:change=SHORTER_ROUTINE"),
            Map.entry("full routine", "AdjustRoutineIntent:change=FULL_ROUTINE"),
            Map.entry("gentle version", "AdjustRoutineIntent:change=GENTLE"),
            Map.entry("standard version", "AdjustRoutineIntent:change=STANDARD"),
            Map.entry("that hurts", "PainIntent"),
            Map.entry("check my back", "CheckMyBackIntent"),
            Map.entry("what can i ask", "WhatCanIAskIntent"),
            Map.entry("how do i do a bird dog", "ExplainMoveIntent:move=BIRD_DOG"),
            Map.entry("why does my back crack", "FAQ:WHY_IT_CRACKS"),
            Map.entry("is it bad to crack my back every morning", "FAQ:DAILY_CRACKING"),
            Map.entry("remind me at six thirty", "SetReminderIntent:time=06:30"),
            Map.entry("change my reminder", "ChangeReminderIntent"),
            Map.entry("time me for two minutes", "TimerIntent:duration=PT2M"),
            Map.entry("alexa ask morning back coach for the next step", "AMAZON.NextIntent"),
            Map.entry("alexa ask morning back coach to pick up where i left off", "AMAZON.ResumeIntent"),
            Map.entry("start my routine", "StartRoutineIntent"),
            Map.entry("wait", "AMAZON.PauseIntent"),
            Map.entry("continue", "AMAZON.NextIntent"),
            Map.entry("alexa ask morning back coach to start my routine", "StartRoutineIntent"));

    /** The same, in Spanish. */
    private static final Map<String, String> EXPECTED_SPANISH = Map.ofEntries(
            Map.entry("si", "AMAZON.YesIntent"),
            Map.entry("no", "AMAZON.NoIntent"),
            Map.entry("no lo se", "NotSureIntent"),
            Map.entry("siguiente", "AMAZON.NextIntent"),
            Map.entry("listo", "AMAZON.NextIntent"),
            Map.entry("repite", "AMAZON.RepeatIntent"),
            Map.entry("regresa", "AMAZON.PreviousIntent"),
            Map.entry("salta este paso", "SkipStepIntent"),
            Map.entry("empezar de nuevo", "AMAZON.StartOverIntent"),
            Map.entry("para", "AMAZON.StopIntent"),
            Map.entry("mas lento", "AdjustRoutineIntent:change=SLOWER"),
            Map.entry("mas rapido", "AdjustRoutineIntent:change=FASTER"),
            Map.entry("pausas mas largas", "AdjustRoutineIntent:change=LONGER_HOLDS"),
            Map.entry("pausas mas cortas", "AdjustRoutineIntent:change=SHORTER_HOLDS"),
            Map.entry("rutina corta", "AdjustRoutineIntent:change=SHORTER_ROUTINE"),
            Map.entry("rutina completa", "AdjustRoutineIntent:change=FULL_ROUTINE"),
            Map.entry("version suave", "AdjustRoutineIntent:change=GENTLE"),
            Map.entry("version normal", "AdjustRoutineIntent:change=STANDARD"),
            Map.entry("me duele", "PainIntent"),
            Map.entry("revisa mi espalda", "CheckMyBackIntent"),
            Map.entry("que puedo preguntar", "WhatCanIAskIntent"),
            Map.entry("como se hace el perro de caza", "ExplainMoveIntent:move=BIRD_DOG"),
            Map.entry("por que me truena la espalda", "FAQ:WHY_IT_CRACKS"),
            Map.entry("por que me cruje la espalda", "FAQ:WHY_IT_CRACKS"),
            Map.entry("es malo tronarme la espalda todos los dias", "FAQ:DAILY_CRACKING"),
            Map.entry("es malo hacerme crujir la espalda todos los dias", "FAQ:DAILY_CRACKING"),
            Map.entry("recuerdame a las seis y media", "SetReminderIntent:time=06:30"),
            Map.entry("cambia mi recordatorio a las seis y media", "ChangeReminderIntent:time=06:30"),
            Map.entry("pon un temporizador de dos minutos", "TimerIntent:duration=PT2M"),
            Map.entry("alexa pidele a entrenador de espalda el siguiente paso", "AMAZON.NextIntent"),
            Map.entry("alexa pidele a entrenador de espalda que siga donde me quede", "AMAZON.ResumeIntent"),
            Map.entry("empieza la rutina", "StartRoutineIntent"),
            Map.entry("activa los consejos", "TipsOnIntent"),
            Map.entry("pon la musica", "MusicOnIntent"),
            Map.entry("alexa dile a entrenador de espalda que tengo la espalda mal hoy", "BadBackDayIntent"),
            Map.entry("pon mi meta en cuatro dias a la semana", "SetGoalIntent:days=4"),
            Map.entry("espera", "AMAZON.PauseIntent"),
            Map.entry("continua", "AMAZON.NextIntent"),
            Map.entry("alexa pidele a entrenador de espalda que empiece mi rutina", "StartRoutineIntent"));

    /** How one language tells the user what to say (see the class comment). */
    record Rules(Pattern say, Pattern explaining, String or, Pattern sayWord, Map<String, String> expected,
                 String carrier) {
    }

    static final Rules ENGLISH = new Rules(Pattern.compile("\\b(say|ask:|like:):?\\s+", Pattern.CASE_INSENSITIVE),
            Pattern.compile(" (when|for|to|any time|if)( .*|$)"), "or", Pattern.compile("(?i)^say$"), EXPECTED,
            "^(to|for|about|if|whether) ");
    static final Rules SPANISH = new Rules(
            Pattern.compile("(?<![\\p{L}])(di|decir|pregunta:|como:|ejemplo:):?\\s+", Pattern.CASE_INSENSITIVE),
            Pattern.compile(" (cuando quieras|cuando|para|si)( .*|$)"), "o", Pattern.compile("(?i)^(di|decir)$"),
            EXPECTED_SPANISH, "^(que|si|sobre|para) ");

    static List<String> locales() {
        return ContentBundles.LOCALES;
    }

    private static Rules rules(String locale) {
        return locale.startsWith("es") ? SPANISH : ENGLISH;
    }

    @ParameterizedTest
    @MethodSource("locales")
    void everyPhraseTheSkillTellsTheUserToSay_shouldBeASampleOfTheIntentThatHandlesIt(String locale) {
        Map<String, Set<String>> phrases = new TreeMap<>();
        for (String bundle : List.of("speech.messages", "routine.morning")) {
            ResourceBundle texts = ContentBundles.forLocale(bundle, Locale.forLanguageTag(locale));
            for (String key : Collections.list(texts.getKeys())) {
                phrasesIn(texts.getString(key), rules(locale))
                        .forEach(phrase -> phrases.computeIfAbsent(phrase, p -> new TreeSet<>()).add(bundle + " " + key));
            }
        }

        assertThat(phrases).as("phrases the skill tells the user to say").isNotEmpty();
        phrases.forEach((phrase, where) -> assertRoutesAsASample(locale, phrase, where.toString()));
    }

    @ParameterizedTest
    @MethodSource("locales")
    void everyExamplePhraseOfTheManifest_shouldBeASampleOfTheIntentThatHandlesIt(String locale) {
        List<String> examples = new ArrayList<>();
        manifest().path("publishingInformation").path("locales").path(locale).path("examplePhrases")
                .forEach(phrase -> examples.add(phrase.asText()));

        assertThat(new Invocation(InteractionModel.forLocale(locale)).parse(examples.get(0)))
                .hasValueSatisfying(p -> assertThat(p.isLaunch()).isTrue());
        examples.subList(1, examples.size())
                .forEach(example -> assertRoutesAsASample(locale, UtteranceMatcher.normalize(example), "skill.json"));
    }

    /** Topic lists ("you can ask me about ...") name topics by title; said back, a title reaches its topic. */
    @ParameterizedTest
    @MethodSource("locales")
    void everyTopicTitle_saidBack_shouldReachItsTopic(String locale) {
        UtteranceMatcher matcher = new UtteranceMatcher(InteractionModel.forLocale(locale));
        Faq faq = Faq.forLocale(Locale.forLanguageTag(locale));
        for (FaqTopic topic : faq.topics()) {
            String title = UtteranceMatcher.normalize(topic.title());
            List<String> saidBack = locale.startsWith("es")
                    ? List.of(title, "hablame de " + title, "sobre " + title)
                    : List.of(title, title.replace("your", "my"), "tell me about " + title,
                    "about " + title.replace("your", "my"));
            for (String said : saidBack) {
                assertThat(RoutingCorpus.reaches(matcher.match(said), RoutingCorpus.Target.parse("FAQ:" + topic.id()),
                        faq)).as("%s \"%s\" -> %s", locale, said, matcher.match(said).intent()).isTrue();
            }
        }
    }

    @Test
    void extraction_shouldFollowItsRule() {
        assertThat(phrasesIn("Say next when you're ready, or repeat to hear it again.")).containsExactly("next", "repeat");
        assertThat(phrasesIn("You can say slower, faster, or shorter routine, ask how to do a move, or ask me."))
                .containsExactly("slower", "faster", "shorter routine");
        assertThat(phrasesIn("If you say yes, I'll erase it. If you say no, nothing changes.")).containsExactly("yes", "no");
        assertThat(phrasesIn("Carry on? Say yes, or say no to start from the top.")).containsExactly("yes", "no");
        assertThat(phrasesIn("For example, ask: how do I do a bird dog?")).containsExactly("how do i do a bird dog");
        assertThat(phrasesIn("Come back and say: Alexa, ask Morning Back Coach for the next step."))
                .containsExactly("alexa ask morning back coach for the next step");
        assertThat(phrasesIn("Before you ask anything of it.")).isEmpty();
    }

    @Test
    void extraction_shouldFollowItsRule_inSpanish() {
        assertThat(phrasesIn("Di siguiente cuando estés listo, o repite para oírlo otra vez.", SPANISH))
                .containsExactly("siguiente", "repite");
        assertThat(phrasesIn("Puedes decir más lento, más rápido o rutina corta, preguntarme algo.", SPANISH))
                .containsExactly("mas lento", "mas rapido", "rutina corta");
        assertThat(phrasesIn("¿Sigues? Di sí, o di no para empezar desde el principio.", SPANISH))
                .containsExactly("si", "no");
        assertThat(phrasesIn("Por ejemplo, pregunta: ¿cómo se hace el perro de caza?", SPANISH))
                .containsExactly("como se hace el perro de caza");
        assertThat(phrasesIn("Vuelve y di: Alexa, pídele a entrenador de espalda el siguiente paso.", SPANISH))
                .containsExactly("alexa pidele a entrenador de espalda el siguiente paso");
        assertThat(phrasesIn("Si algo te duele, para y dímelo.", SPANISH)).isEmpty();
    }

    static List<String> phrasesIn(String text) {
        return phrasesIn(text, ENGLISH);
    }

    private void assertRoutesAsASample(String locale, String phrase, String where) {
        InteractionModel model = InteractionModel.forLocale(locale);
        UtteranceMatcher matcher = new UtteranceMatcher(model);
        Invocation invocation = new Invocation(model);
        Faq faq = Faq.forLocale(Locale.forLanguageTag(locale));
        String expected = rules(locale).expected().get(phrase);
        assertThat(expected).as("%s \"%s\" (%s) is new: add where it should go to EXPECTED", locale, phrase, where)
                .isNotNull();
        String request = phrase;
        if (phrase.startsWith("alexa ")) {
            request = invocation.parse(phrase).orElseThrow(() -> new AssertionError(phrase + " is no invocation"))
                    .request();
        }
        UtteranceMatcher.Match match = matcher.match(request);
        assertThat(RoutingCorpus.reaches(match, RoutingCorpus.Target.parse(expected), faq))
                .as("%s \"%s\" (%s) goes to %s, expected %s", locale, phrase, where, match.intent(), expected).isTrue();
        String withoutCarrier = request.replaceFirst(rules(locale).carrier(), "");
        assertThat(matcher.hasSample(match.intent(), request) || matcher.hasSample(match.intent(), withoutCarrier))
                .as("%s \"%s\" (%s) is a sample of %s", locale, phrase, where, match.intent()).isTrue();
    }

    /** The phrases {@code text} tells the user to say, lower case, by the rule in the class comment. */
    static List<String> phrasesIn(String text, Rules rules) {
        List<String> phrases = new ArrayList<>();
        for (String sentence : text.replaceAll("<[^>]+>", " ").split("(?<=[.?!])\\s+")) {
            Matcher say = rules.say().matcher(sentence);
            int from = 0;
            while (say.find(from)) {
                String rest = sentence.substring(say.end()).replaceAll("[.?!]+$", "").trim();
                from = say.end();
                if (rest.startsWith("Alexa")) {
                    phrases.add(UtteranceMatcher.normalize(rest));
                    break;
                }
                boolean afterSay = rules.sayWord().matcher(say.group(1)).matches();
                boolean list = afterSay && rest.contains(" " + rules.or() + " ");
                List<String> items = list ? listItems(rest, rules.or()) : List.of(rest.split(",")[0]);
                items.stream().map(item -> phraseOf(item, afterSay, rules)).filter(p -> !p.isEmpty())
                        .forEach(phrases::add);
                if (list) {
                    break;
                }
            }
        }
        return phrases;
    }

    private static List<String> listItems(String rest, String or) {
        List<String> items = new ArrayList<>();
        for (String item : rest.split(",\\s*")) {
            boolean last = item.startsWith(or + " ");
            for (String part : item.replaceFirst("^" + or + " ", "").split(" " + or + " ")) {
                items.add(part);
            }
            if (last || item.contains(" " + or + " ")) {
                break;
            }
        }
        return items;
    }

    private static String phraseOf(String item, boolean afterSay, Rules rules) {
        String phrase = item.trim().replaceFirst("(?i)^(" + rules.or() + " |say |di )+", "");
        String normalized = UtteranceMatcher.normalize(phrase);
        return afterSay ? rules.explaining().matcher(normalized).replaceFirst("") : normalized;
    }

    private static JsonNode manifest() {
        try {
            return new ObjectMapper().readTree(Path.of("skill-package/skill.json").toFile()).path("manifest");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
