package com.morningbackcoach.local;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The model's samples with each slot filled by every value and synonym of its type, as stems: what Alexa's model is
 * trained on. An utterance that is none of them word for word is held against them in two ways, closest first:
 * <ol>
 *   <li>{@linkplain #closest close}: the same words but for at most one function word added, dropped or changed
 *   ("how do i do dead bugs" is "how do i do the dead bug"); two when the utterance has no word but function and
 *   question words ("which one am i on" is "which one are we on"), since then its structure is all it says;</li>
 *   <li>{@linkplain #nearest scored}: the sample that shares the most weighed words ({@link WordWeights}) with it,
 *   when they share a word that is neither a function word nor a question word, the sample's slot values are said
 *   (at least one of their words), and both most of what was said and most of the sample are shared: the lesser of
 *   the two shares reaches the threshold. A sample that is a bare slot is never scored: it takes only a value said
 *   alone.</li>
 * </ol>
 */
final class NearestSamples {

    /** A sample of the model: its intent, its text, its words as stems with a slot as its name in braces. */
    record Sample(String intent, String text, List<String> words, int literalLength) {
    }

    /** What an utterance is nearest to: a sample with its slots filled, how it fits, and its score in that fit. */
    record Near(Sample sample, Map<String, UtteranceMatcher.SlotMatch> slots, UtteranceMatcher.Fit fit, double score) {
    }

    /** A sample with each slot filled by one value or synonym: its words, their weights, what fills the slots. */
    private record Expansion(Sample sample, List<String> words, double[] weights,
                             Map<String, UtteranceMatcher.SlotMatch> slots, List<Set<String>> valueWords) {
    }

    /** How much a slot value that explains all that was said adds to a scored match, against its shared share. */
    private static final double VALUE_COVERAGE_SHARE = 0.2;

    private final List<Expansion> expansions = new ArrayList<>();
    /** Expansions by their words other than function words, sorted: the only ones an utterance can be close to. */
    private final Map<String, List<Integer>> byContent = new HashMap<>();
    /** Expansions by each meaningful word they say. */
    private final Map<String, List<Integer>> byMeaningfulWord = new HashMap<>();
    private final WordWeights weights;
    private final SpokenWords words;
    private final UnaryOperator<String> canonical;

    /**
     * @param words       the words of the model's language
     * @param canonical   the form the matcher compares texts in
     * @param slotTypesOf an intent's slots, by name, to their slot types
     */
    NearestSamples(InteractionModel model, List<Sample> samples, SpokenWords words, UnaryOperator<String> canonical,
                   Function<String, Map<String, String>> slotTypesOf) {
        this.words = words;
        this.canonical = canonical;
        List<List<String>> wordsOf = new ArrayList<>();
        List<Map<String, UtteranceMatcher.SlotMatch>> fillings = new ArrayList<>();
        List<Sample> of = new ArrayList<>();
        for (Sample sample : samples) {
            for (Map<String, UtteranceMatcher.SlotMatch> filling : fillings(model, sample, slotTypesOf)) {
                wordsOf.add(filled(sample, filling));
                fillings.add(filling);
                of.add(sample);
            }
        }
        Map<String, List<List<String>>> wordsByIntent = new LinkedHashMap<>();
        for (int i = 0; i < of.size(); i++) {
            wordsByIntent.computeIfAbsent(of.get(i).intent(), intent -> new ArrayList<>()).add(wordsOf.get(i));
        }
        this.weights = WordWeights.of(wordsByIntent, words);
        for (int i = 0; i < of.size(); i++) {
            List<String> filledWords = wordsOf.get(i);
            List<Set<String>> valueWords = fillings.get(i).values().stream()
                    .map(slot -> words.stems(slot.spoken()).stream()
                            .filter(word -> words.isMeaningful(word) && !words.isNegation(word))
                            .collect(Collectors.toSet()))
                    .toList();
            expansions.add(new Expansion(of.get(i), filledWords, weigh(filledWords), fillings.get(i), valueWords));
            byContent.computeIfAbsent(contentOf(filledWords), content -> new ArrayList<>()).add(i);
            for (String word : Set.copyOf(filledWords)) {
                if (words.isMeaningful(word) && !isPlaceholder(word)) {
                    byMeaningfulWord.computeIfAbsent(word, w -> new ArrayList<>()).add(i);
                }
            }
        }
    }

    /** Every way to fill the sample's slots with a value or synonym of their types; one, empty, without slots. */
    private List<Map<String, UtteranceMatcher.SlotMatch>> fillings(InteractionModel model, Sample sample,
            Function<String, Map<String, String>> slotTypesOf) {
        List<Map<String, UtteranceMatcher.SlotMatch>> fillings = new ArrayList<>(List.of(Map.of()));
        for (String word : sample.words()) {
            if (!word.startsWith("{")) {
                continue;
            }
            String slotName = word.substring(1, word.length() - 1);
            String typeName = slotTypesOf.apply(sample.intent()).get(slotName);
            InteractionModel.SlotType type = model.slotTypes().get(typeName);
            List<Map<String, UtteranceMatcher.SlotMatch>> next = new ArrayList<>();
            if (BuiltInSlotValues.isBuiltIn(typeName)) {
                for (Map<String, UtteranceMatcher.SlotMatch> filling : fillings) {
                    Map<String, UtteranceMatcher.SlotMatch> more = new LinkedHashMap<>(filling);
                    more.put(slotName, new UtteranceMatcher.SlotMatch(slotName, placeholder(typeName), null));
                    next.add(more);
                }
                fillings = next;
                continue;
            }
            for (Map<String, UtteranceMatcher.SlotMatch> filling : fillings) {
                for (InteractionModel.SlotValue value : type == null ? List.<InteractionModel.SlotValue>of()
                        : type.values()) {
                    for (String name : value.names()) {
                        Map<String, UtteranceMatcher.SlotMatch> more = new LinkedHashMap<>(filling);
                        more.put(slotName, new UtteranceMatcher.SlotMatch(slotName, canonical.apply(name), value));
                        next.add(more);
                    }
                }
            }
            fillings = next;
        }
        return fillings;
    }

    /**
     * The one word that stands for any value of a built-in slot type ("{amazon.time}"), in samples and, once
     * {@link UtteranceMatcher} has found such a value said, in the utterance: Alexa's built-in types have no list of
     * values to fill a sample with.
     */
    static String placeholder(String builtInType) {
        return "{" + builtInType.toLowerCase(java.util.Locale.ROOT) + "}";
    }

    /** Whether a stem is the {@link #placeholder} of a built-in slot type's value. */
    static boolean isPlaceholder(String stem) {
        return stem.startsWith("{");
    }

    private List<String> filled(Sample sample, Map<String, UtteranceMatcher.SlotMatch> filling) {
        List<String> filled = new ArrayList<>();
        for (String word : sample.words()) {
            UtteranceMatcher.SlotMatch slot = word.startsWith("{")
                    ? filling.get(word.substring(1, word.length() - 1)) : null;
            if (slot == null) {
                filled.add(word);
            } else {
                filled.addAll(words.stems(slot.spoken()));
            }
        }
        return List.copyOf(filled);
    }

    /**
     * The closest sample {@code stems} is close to, with the fewest edits, then the most literal words; null when it
     * is close to none. Its score is higher for fewer edits.
     */
    Near closest(List<String> stems) {
        int allowed = stems.stream().anyMatch(words::isMeaningful) ? 1 : 2;
        Near best = null;
        for (int index : byContent.getOrDefault(contentOf(stems), List.of())) {
            Expansion expansion = expansions.get(index);
            if (saysANegationTheOtherDoesNot(stems, expansion.words())) {
                continue;
            }
            int edits = functionWordEdits(stems, expansion.words());
            if (edits <= allowed) {
                double score = allowed + 1 - edits + expansion.sample().literalLength() / 10_000.0;
                if (best == null || score > best.score()) {
                    best = new Near(expansion.sample(), expansion.slots(), UtteranceMatcher.Fit.CLOSE, score);
                }
            }
        }
        return best;
    }

    /** Whether a meaningful stem is said by some sample of the model. */
    boolean knows(String stem) {
        return byMeaningfulWord.containsKey(stem);
    }

    /** Whether a meaningful stem is said by some sample of an intent other than the fallback. */
    boolean knowsWithin(String stem) {
        return byMeaningfulWord.getOrDefault(stem, List.of()).stream()
                .anyMatch(index -> !expansions.get(index).sample().intent().equals(UtteranceMatcher.FALLBACK));
    }

    /** Whether a close match's score says it differs from its sample only by inflections, no function word edited. */
    static boolean onlyInflections(double closeScore, List<String> stems, SpokenWords words) {
        int allowed = stems.stream().anyMatch(words::isMeaningful) ? 1 : 2;
        return closeScore >= allowed + 1;
    }

    /** The sample with the highest score at or above {@code threshold} (see the class comment); null when none. */
    Near nearest(List<String> stems, double threshold) {
        double[] said = weigh(stems);
        Set<Integer> sharing = new TreeSet<>();
        stems.forEach(stem -> sharing.addAll(byMeaningfulWord.getOrDefault(stem, List.of())));
        Near best = null;
        double bestCovered = 0;
        for (int index : sharing) {
            Expansion expansion = expansions.get(index);
            boolean valuesSaid = expansion.valueWords().stream()
                    .allMatch(value -> value.isEmpty() || value.stream().anyMatch(stems::contains));
            if (!valuesSaid || expansion.sample().literalLength() == 0
                    || saysANegationTheOtherDoesNot(stems, expansion.words())
                    || saysANegationTheOtherDoesNot(expansion.words(), stems)) {
                continue;
            }
            double score = sharedShare(stems, said, expansion.words(), expansion.weights());
            if (score < threshold) {
                continue;
            }
            double covered = score + VALUE_COVERAGE_SHARE * valueCoverage(stems, expansion);
            boolean sameIntent = best != null && best.sample().intent().equals(expansion.sample().intent());
            if (best == null || (sameIntent ? covered > bestCovered : score > best.score())) {
                best = new Near(expansion.sample(), expansion.slots(), UtteranceMatcher.Fit.SCORED, score);
                bestCovered = covered;
            }
        }
        return best;
    }

    /**
     * The share of the utterance's meaningful words that the sample's slot values say: between two samples of one
     * intent, the one whose slot value explains more of what was said is nearer unless the other shares clearly more
     * ("no feeling in my butt" names the buttocks, not only a numb feeling).
     */
    private double valueCoverage(List<String> said, Expansion expansion) {
        Set<String> meaningful = said.stream().filter(words::isMeaningful).collect(Collectors.toSet());
        if (meaningful.isEmpty()) {
            return 0;
        }
        long covered = meaningful.stream()
                .filter(word -> expansion.valueWords().stream().anyMatch(value -> value.contains(word))).count();
        return (double) covered / meaningful.size();
    }

    /** Whether the first says a negation the second does not: "not right now" is not "right", "music" is not "no music". */
    private boolean saysANegationTheOtherDoesNot(List<String> first, List<String> second) {
        return first.stream().anyMatch(words::isNegation) && second.stream().noneMatch(words::isNegation);
    }

    private double[] weigh(List<String> stems) {
        return stems.stream().mapToDouble(weights::of).toArray();
    }

    private String contentOf(List<String> stems) {
        return stems.stream().filter(stem -> !words.isFunctionWord(stem)).sorted()
                .collect(Collectors.joining(" "));
    }

    /**
     * How many function words must be added, dropped or changed to turn {@code said} into {@code sample}, word for
     * word; {@code Integer.MAX_VALUE} when any other word differs.
     */
    int functionWordEdits(List<String> said, List<String> sample) {
        int infinite = Integer.MAX_VALUE / 2;
        int[][] cost = new int[said.size() + 1][sample.size() + 1];
        for (int i = 0; i <= said.size(); i++) {
            for (int j = 0; j <= sample.size(); j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                int best = infinite;
                if (i > 0 && j > 0) {
                    String a = said.get(i - 1);
                    String b = sample.get(j - 1);
                    int change = a.equals(b) ? 0
                            : words.isFunctionWord(a) && words.isFunctionWord(b) ? 1 : infinite;
                    best = Math.min(best, cost[i - 1][j - 1] + change);
                }
                if (i > 0 && words.isFunctionWord(said.get(i - 1))) {
                    best = Math.min(best, cost[i - 1][j] + 1);
                }
                if (j > 0 && words.isFunctionWord(sample.get(j - 1))) {
                    best = Math.min(best, cost[i][j - 1] + 1);
                }
                cost[i][j] = Math.min(best, infinite);
            }
        }
        int edits = cost[said.size()][sample.size()];
        return edits >= infinite ? Integer.MAX_VALUE : edits;
    }

    /**
     * The lesser of two shares: the weight of the words the utterance shares with the sample (each as often as the
     * side that says it less) over the weight of all it said, and the same over the weight of the whole sample.
     */
    static double sharedShare(List<String> said, double[] saidWeights, List<String> sample, double[] sampleWeights) {
        Map<String, Integer> unmatched = new HashMap<>();
        Map<String, Double> weightSaid = new HashMap<>();
        double saidTotal = 0;
        for (int i = 0; i < said.size(); i++) {
            unmatched.merge(said.get(i), 1, Integer::sum);
            weightSaid.put(said.get(i), saidWeights[i]);
            saidTotal += saidWeights[i];
        }
        double sampleTotal = 0;
        double sharedOfSaid = 0;
        double sharedOfSample = 0;
        for (int j = 0; j < sample.size(); j++) {
            sampleTotal += sampleWeights[j];
            int left = unmatched.getOrDefault(sample.get(j), 0);
            if (left > 0) {
                unmatched.put(sample.get(j), left - 1);
                sharedOfSaid += weightSaid.get(sample.get(j));
                sharedOfSample += sampleWeights[j];
            }
        }
        if (saidTotal == 0 || sampleTotal == 0) {
            return 0;
        }
        return Math.min(sharedOfSaid / saidTotal, sharedOfSample / sampleTotal);
    }
}
