package com.morningbackcoach.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.morningbackcoach.faq.Faq;
import com.morningbackcoach.faq.FaqTopic;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every phrase the skill tells the user to say, and every example phrase of {@code skill.json}, is a sample of the
 * intent that handles it, and the local matcher routes it there.
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
            Map.entry("alexa ask morning back coach for the next step", "AMAZON.NextIntent"),
            Map.entry("alexa ask morning back coach to start my routine", "StartRoutineIntent"));

    private static final Pattern SAY = Pattern.compile("\\b(say|ask:|like:):?\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern EXPLAINING = Pattern.compile(" (when|for|to|any time|if)( .*|$)");

    private final InteractionModel model = InteractionModel.load(InteractionModel.DEFAULT_PATH);
    private final UtteranceMatcher matcher = new UtteranceMatcher(model);
    private final Invocation invocation = new Invocation(model.invocationName());
    private final Faq faq = Faq.english();

    @Test
    void everyPhraseTheSkillTellsTheUserToSay_shouldBeASampleOfTheIntentThatHandlesIt() {
        Map<String, Set<String>> phrases = new TreeMap<>();
        for (String bundle : List.of("speech/messages_en_US.properties", "routine/morning_en_US.properties")) {
            properties(bundle).forEach((key, text) -> phrasesIn(text.toString())
                    .forEach(phrase -> phrases.computeIfAbsent(phrase, p -> new TreeSet<>()).add(bundle + " " + key)));
        }

        assertThat(phrases).as("phrases the skill tells the user to say").isNotEmpty();
        phrases.forEach((phrase, where) -> assertRoutesAsASample(phrase, where.toString()));
    }

    @Test
    void everyExamplePhraseOfTheManifest_shouldBeASampleOfTheIntentThatHandlesIt() {
        List<String> examples = new ArrayList<>();
        manifest().path("publishingInformation").path("locales").path("en-US").path("examplePhrases")
                .forEach(phrase -> examples.add(phrase.asText()));

        assertThat(invocation.parse(examples.get(0))).hasValueSatisfying(p -> assertThat(p.isLaunch()).isTrue());
        examples.subList(1, examples.size())
                .forEach(example -> assertRoutesAsASample(UtteranceMatcher.normalize(example), "skill.json"));
    }

    /** Topic lists ("you can ask me about ...") name topics by title; said back, a title reaches its topic. */
    @Test
    void everyTopicTitle_saidBack_shouldReachItsTopic() {
        for (FaqTopic topic : faq.topics()) {
            String title = UtteranceMatcher.normalize(topic.title());
            for (String said : List.of(title, title.replace("your", "my"), "tell me about " + title,
                    "about " + title.replace("your", "my"))) {
                assertThat(RoutingCorpus.reaches(matcher.match(said), RoutingCorpus.Target.parse("FAQ:" + topic.id()),
                        faq)).as("\"%s\" -> %s", said, matcher.match(said).intent()).isTrue();
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

    private void assertRoutesAsASample(String phrase, String where) {
        String expected = EXPECTED.get(phrase);
        assertThat(expected).as("\"%s\" (%s) is new: add where it should go to EXPECTED", phrase, where).isNotNull();
        String request = phrase;
        if (phrase.startsWith("alexa ")) {
            request = invocation.parse(phrase).orElseThrow(() -> new AssertionError(phrase + " is no invocation"))
                    .request();
        }
        UtteranceMatcher.Match match = matcher.match(request);
        assertThat(RoutingCorpus.reaches(match, RoutingCorpus.Target.parse(expected), faq))
                .as("\"%s\" (%s) goes to %s, expected %s", phrase, where, match.intent(), expected).isTrue();
        String withoutCarrier = request.replaceFirst("^(to|for|about|if|whether) ", "");
        assertThat(matcher.hasSample(match.intent(), request) || matcher.hasSample(match.intent(), withoutCarrier))
                .as("\"%s\" (%s) is a sample of %s", phrase, where, match.intent()).isTrue();
    }

    /** The phrases {@code text} tells the user to say, lower case, by the rule in the class comment. */
    static List<String> phrasesIn(String text) {
        List<String> phrases = new ArrayList<>();
        for (String sentence : text.replaceAll("<[^>]+>", " ").split("(?<=[.?!])\\s+")) {
            Matcher say = SAY.matcher(sentence);
            int from = 0;
            while (say.find(from)) {
                String rest = sentence.substring(say.end()).replaceAll("[.?!]+$", "").trim();
                from = say.end();
                if (rest.startsWith("Alexa")) {
                    phrases.add(UtteranceMatcher.normalize(rest));
                    break;
                }
                boolean afterSay = say.group(1).equalsIgnoreCase("say");
                boolean list = afterSay && rest.contains(" or ");
                List<String> items = list ? listItems(rest) : List.of(rest.split(",")[0]);
                items.stream().map(item -> phraseOf(item, afterSay)).filter(p -> !p.isEmpty()).forEach(phrases::add);
                if (list) {
                    break;
                }
            }
        }
        return phrases;
    }

    private static List<String> listItems(String rest) {
        List<String> items = new ArrayList<>();
        for (String item : rest.split(",\\s*")) {
            boolean last = item.startsWith("or ");
            for (String part : item.replaceFirst("^or ", "").split(" or ")) {
                items.add(part);
            }
            if (last || item.contains(" or ")) {
                break;
            }
        }
        return items;
    }

    private static String phraseOf(String item, boolean afterSay) {
        String phrase = item.trim().replaceFirst("(?i)^(or |say )+", "");
        return UtteranceMatcher.normalize(afterSay ? EXPLAINING.matcher(phrase).replaceFirst("") : phrase);
    }

    private static Properties properties(String resource) {
        Properties properties = new Properties();
        try (InputStream in = SpokenPhrasesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static JsonNode manifest() {
        try {
            return new ObjectMapper().readTree(Path.of("skill-package/skill.json").toFile()).path("manifest");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
