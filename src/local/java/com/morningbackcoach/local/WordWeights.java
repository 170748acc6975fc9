package com.morningbackcoach.local;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much a word says about which intent is meant, learnt from the model alone: the fewer intents use a word, in
 * their samples with their slots filled, the more it weighs (its inverse document frequency over intents,
 * {@code ln(1 + intents / intents using it)}). "my" and "back" say little; "mattress" or "streak" a lot. A word no
 * intent uses weighs the most of all, as if half an intent used it: it is a sign that the utterance is about something
 * else. A function word weighs a quarter of that, wherever it is used, and so does a time or a length said: it says when
 * or how long, not what is asked ("wake me up at six" is no reminder for its time).
 */
final class WordWeights {

    /** How much less a function word weighs than a word used by as many intents. */
    private static final double FUNCTION_WORD_SHARE = 0.25;

    private final Map<String, Double> weights;
    private final double unknown;
    private final SpokenWords words;

    private WordWeights(Map<String, Double> weights, double unknown, SpokenWords words) {
        this.weights = weights;
        this.unknown = unknown;
        this.words = words;
    }

    /** @param wordsByIntent per intent, each way to say it, as stems
     * @param words         the words of the model's language */
    static WordWeights of(Map<String, List<List<String>>> wordsByIntent, SpokenWords words) {
        Map<String, Integer> intentsUsing = new HashMap<>();
        wordsByIntent.values().forEach(ways -> {
            Set<String> used = new HashSet<>();
            ways.forEach(used::addAll);
            used.forEach(word -> intentsUsing.merge(word, 1, Integer::sum));
        });
        int intents = wordsByIntent.size();
        Map<String, Double> weights = new HashMap<>();
        intentsUsing.forEach((word, count) -> weights.put(word, Math.log(1 + (double) intents / count)));
        return new WordWeights(weights, Math.log(1 + 2.0 * intents), words);
    }

    /** The weight of a stem. */
    double of(String stem) {
        double weight = weights.getOrDefault(stem, unknown);
        return words.isFunctionWord(stem) || NearestSamples.isPlaceholder(stem) ? weight * FUNCTION_WORD_SHARE : weight;
    }
}
