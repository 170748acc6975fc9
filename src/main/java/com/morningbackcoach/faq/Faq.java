package com.morningbackcoach.faq;

import com.morningbackcoach.speech.ContentBundles;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/** The questions and answers for one locale, read from {@code faq/answers_<locale>.properties}. */
public final class Faq {

    static final String BUNDLE = "faq.answers";
    private static final Map<Locale, Faq> LOADED = new ConcurrentHashMap<>();
    public static final int LIST_SIZE = 3;

    private final Map<String, FaqTopic> topics;
    private final Map<String, String> topicOfIntent;

    private Faq(Map<String, FaqTopic> topics, Map<String, String> topicOfIntent) {
        this.topics = topics;
        this.topicOfIntent = topicOfIntent;
    }

    /**
     * The answers for {@code locale}, each read from the locale's bundle or else its language's base bundle (see
     * {@link ContentBundles}); loaded once per locale.
     */
    public static Faq forLocale(Locale locale) {
        return LOADED.computeIfAbsent(ContentBundles.supported(locale), Faq::load);
    }

    private static Faq load(Locale locale) {
        ResourceBundle bundle = ContentBundles.forLocale(BUNDLE, locale);
        Map<String, FaqTopic> topics = new LinkedHashMap<>();
        for (String id : bundle.getString("topics").split(",")) {
            String more = bundle.containsKey(id + ".more") ? bundle.getString(id + ".more") : null;
            topics.put(id, new FaqTopic(id, bundle.getString(id + ".title"), bundle.getString(id + ".answer"),
                    Optional.ofNullable(more)));
        }
        Map<String, String> topicOfIntent = new LinkedHashMap<>();
        for (String key : Collections.list(bundle.getKeys())) {
            if (key.startsWith("intent.")) {
                topicOfIntent.put(key.substring("intent.".length()), bundle.getString(key));
            }
        }
        return new Faq(Collections.unmodifiableMap(topics), Collections.unmodifiableMap(topicOfIntent));
    }

    public Optional<FaqTopic> topic(String id) {
        return Optional.ofNullable(id == null ? null : topics.get(id));
    }

    public List<FaqTopic> topics() {
        return List.copyOf(topics.values());
    }

    /** Intents that ask one question directly ("why does my back crack"), with the topic each one asks for. */
    public Map<String, String> directQuestions() {
        return topicOfIntent;
    }

    /** The {@code round}-th short list of topics; consecutive rounds name different topics. */
    public List<FaqTopic> suggestions(int round) {
        List<FaqTopic> all = new ArrayList<>(topics.values());
        List<FaqTopic> list = new ArrayList<>();
        int start = Math.floorMod(round * LIST_SIZE, all.size());
        for (int i = 0; i < LIST_SIZE; i++) {
            list.add(all.get((start + i) % all.size()));
        }
        return list;
    }

    /** The answers of the skill's default locale. */
    public static Faq english() {
        return forLocale(ContentBundles.DEFAULT_LOCALE);
    }
}
