package com.morningbackcoach.local;

import com.morningbackcoach.faq.Faq;
import com.morningbackcoach.faq.FaqTopic;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fact of the article the content comes from can be reached by voice: {@code coverage/article-facts.tsv} lists
 * each fact with a phrasing, the target that phrasing must route to, and the answer that speaks the fact, which must
 * contain the given word or figure.
 */
class ArticleFactCoverageTest {

    static final Path FACTS = Path.of("src/test/resources/coverage/article-facts.tsv");
    /** The article holds about this many separate facts; the list must not shrink below it. */
    static final int ARTICLE_FACTS = 63;

    record Fact(String id, String fact, String phrasing, String target, String key, String word) {
    }

    private final InteractionModel model = InteractionModel.load(InteractionModel.DEFAULT_PATH);
    private final UtteranceMatcher matcher = new UtteranceMatcher(model);
    private final Faq faq = Faq.english();
    private final Properties speech = bundle("speech/messages_en_US.properties");
    private final Properties routine = bundle("routine/morning_en_US.properties");

    @Test
    void everyFact_shouldBeReachedByItsPhrasing_andSpokenByItsAnswer() {
        List<String> problems = new ArrayList<>();
        for (Fact fact : facts()) {
            UtteranceMatcher.Match match = matcher.match(fact.phrasing());
            if (!RoutingCorpus.reaches(match, RoutingCorpus.Target.parse(fact.target()), faq)) {
                problems.add(fact.id() + ": \"" + fact.phrasing() + "\" goes to " + match.intent() + " "
                        + match.slots().keySet() + ", not " + fact.target());
            }
            String text = textOf(fact);
            if (!text.toLowerCase(Locale.ROOT).contains(fact.word().toLowerCase(Locale.ROOT))) {
                problems.add(fact.id() + ": " + fact.key() + " does not say \"" + fact.word() + "\"");
            }
        }

        assertThat(problems).isEmpty();
    }

    @Test
    void theList_shouldCoverTheArticle_everyTopic_andNameEachFactOnce() {
        List<Fact> facts = facts();
        Set<String> topicsWithFacts = facts.stream().filter(f -> f.key().startsWith("FAQ:"))
                .map(f -> f.key().substring(4, f.key().lastIndexOf('.'))).collect(Collectors.toSet());

        assertThat(facts).hasSizeGreaterThanOrEqualTo(ARTICLE_FACTS);
        assertThat(facts).extracting(Fact::id).doesNotHaveDuplicates();
        assertThat(facts).extracting(Fact::phrasing).doesNotHaveDuplicates();
        assertThat(topicsWithFacts).containsAll(faq.topics().stream().map(FaqTopic::id).toList());
    }

    @Test
    void anAnswerKey_shouldBelongToTheTopicItsPhrasingReaches() {
        for (Fact fact : facts()) {
            if (fact.key().startsWith("FAQ:")) {
                assertThat(fact.target()).as(fact.id())
                        .isEqualTo(fact.key().substring(0, fact.key().lastIndexOf('.')));
            }
        }
    }

    private String textOf(Fact fact) {
        String key = fact.key();
        if (key.startsWith("FAQ:")) {
            String topicId = key.substring(4, key.lastIndexOf('.'));
            FaqTopic topic = faq.topic(topicId).orElseThrow(() -> new AssertionError(fact.id() + ": no " + topicId));
            return key.endsWith(".more") ? topic.more().orElse("") : topic.answer();
        }
        Properties bundle = key.startsWith("speech:") ? speech : key.startsWith("routine:") ? routine : null;
        assertThat(bundle).as("%s: answer key %s", fact.id(), key).isNotNull();
        String text = bundle.getProperty(key.substring(key.indexOf(':') + 1));
        assertThat(text).as("%s: answer key %s", fact.id(), key).isNotNull();
        return text;
    }

    static List<Fact> facts() {
        try {
            List<Fact> facts = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (String line : Files.readAllLines(FACTS, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                assertThat(c).as(line).hasSize(6);
                assertThat(seen.add(c[0])).as("fact id %s twice", c[0]).isTrue();
                facts.add(new Fact(c[0], c[1], c[2], c[3], c[4], c[5]));
            }
            return facts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties bundle(String resource) {
        Properties properties = new Properties();
        try (InputStream in = ArticleFactCoverageTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
