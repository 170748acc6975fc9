package com.morningbackcoach.local;

import java.util.Map;
import java.util.Set;

/** What the matcher knows about single English words: function words, question words, stems. */
final class EnglishWords implements SpokenWords {

    static final EnglishWords INSTANCE = new EnglishWords();

    /**
     * Words that hold a sentence together rather than say what is asked: articles, pronouns and possessives,
     * prepositions, conjunctions, auxiliary verbs. Question words ("why", "how"), "not" and "no", and the particles
     * of phrasal verbs ("start over", "slow down", "speed up") are not among them: they change what is asked.
     */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "the", "this", "that", "these", "those", "some", "any", "one", "ones",
            "i", "me", "my", "myself", "you", "your", "yourself", "we", "us", "our", "it", "its", "itself", "they",
            "them", "their", "he", "him", "his", "she", "her",
            "is", "am", "are", "was", "were", "be", "been", "being", "do", "does", "did", "have", "has", "had", "having",
            "can", "could", "will", "would", "should", "shall", "may", "might", "must", "let",
            "to", "of", "in", "on", "at", "for", "with", "about", "from", "into", "onto", "by", "as", "than",
            "there", "here",
            "and", "or", "but", "so", "if", "then");

    /**
     * The past forms of common irregular verbs, to their plain form: "felt" is "feel", "fell" is "fall", "caught" is
     * "catch". Forms that are also other words people say to the skill stay out ("left", as in "steps left"; "done";
     * "lay"; "saw").
     */
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("felt", "feel"), Map.entry("fell", "fall"), Map.entry("fallen", "fall"),
            Map.entry("caught", "catch"), Map.entry("went", "go"), Map.entry("gone", "go"), Map.entry("got", "get"),
            Map.entry("gotten", "get"), Map.entry("gave", "give"), Map.entry("given", "give"), Map.entry("took", "take"),
            Map.entry("taken", "take"), Map.entry("woke", "wake"), Map.entry("woken", "wake"),
            Map.entry("slept", "sleep"), Map.entry("stood", "stand"), Map.entry("sat", "sit"), Map.entry("held", "hold"),
            Map.entry("kept", "keep"), Map.entry("said", "say"), Map.entry("told", "tell"), Map.entry("made", "make"),
            Map.entry("came", "come"), Map.entry("ran", "run"), Map.entry("knew", "know"), Map.entry("known", "know"),
            Map.entry("thought", "think"), Map.entry("broke", "break"), Map.entry("broken", "break"),
            Map.entry("tore", "tear"), Map.entry("torn", "tear"), Map.entry("bent", "bend"), Map.entry("lost", "lose"),
            Map.entry("drank", "drink"), Map.entry("drunk", "drink"), Map.entry("began", "begin"),
            Map.entry("begun", "begin"), Map.entry("swollen", "swell"), Map.entry("stuck", "stick"),
            Map.entry("shot", "shoot"), Map.entry("heard", "hear"), Map.entry("meant", "mean"),
            Map.entry("worn", "wear"), Map.entry("wore", "wear"), Map.entry("spent", "spend"),
            Map.entry("found", "find"), Map.entry("brought", "bring"));

    /** Words that ask a question: not function words, since "why" and "how long" ask different things. */
    private static final Set<String> QUESTION_WORDS = Set.of("what", "which", "who", "whom", "whose", "how", "why",
            "when", "where");

    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nope", "nah", "nothing", "without");

    private EnglishWords() {
    }

    @Override
    public boolean isFunctionWord(String word) {
        return FUNCTION_WORDS.contains(word);
    }

    @Override
    public boolean isNegation(String word) {
        return NEGATIONS.contains(word);
    }

    @Override
    public boolean isQuestionWord(String word) {
        return QUESTION_WORDS.contains(word);
    }

    /**
     * The word without its inflection: a plural or third person "-s" or "-es", then "-ing", "-ed" or "-ness"
     * ("cracks", "cracking", "cracked" are "crack"; "stiffness" is "stiff"; "mornings" is "morn", as is "morning"),
     * then a consonant doubled before the ending ("popping" is "pop") and a final "e" ("tingle" and "tingling" are
     * "tingl"). An irregular past form is first taken back to its plain form ("felt" is "feel"). Function words,
     * words of three letters or fewer and contractions stay as they are. Comparatives
     * ("slower") and adverbs ("slowly") keep their ending: they say something else than the plain word.
     */
    @Override
    public String stem(String word) {
        if (IRREGULAR.containsKey(word)) {
            return stem(IRREGULAR.get(word));
        }
        if (word.length() <= 3 || FUNCTION_WORDS.contains(word) || word.contains("'")) {
            return word;
        }
        String stem = withoutPlural(word);
        String before = stem;
        if (stem.endsWith("ness") && stem.length() > 6) {
            stem = stem.substring(0, stem.length() - 4);
        } else if ((stem.endsWith("ied") || stem.endsWith("ies")) && stem.length() > 4) {
            stem = stem.substring(0, stem.length() - 3) + "y";
        } else if (stem.endsWith("ing") && stem.length() > 5) {
            stem = stem.substring(0, stem.length() - 3);
        } else if (stem.endsWith("ed") && !stem.endsWith("eed") && stem.length() > 4) {
            stem = stem.substring(0, stem.length() - 2);
        }
        if (!stem.equals(before) && doubledConsonant(stem)) {
            stem = stem.substring(0, stem.length() - 1);
        }
        if (stem.endsWith("e") && stem.length() > 3) {
            stem = stem.substring(0, stem.length() - 1);
        }
        return stem;
    }

    private static String withoutPlural(String word) {
        if (word.endsWith("ies") || word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")
                || !word.endsWith("s")) {
            return word;
        }
        String stem = word.substring(0, word.length() - 1);
        if (stem.endsWith("e")) {
            String root = stem.substring(0, stem.length() - 1);
            if (root.endsWith("s") || root.endsWith("x") || root.endsWith("z") || root.endsWith("ch")
                    || root.endsWith("sh")) {
                return root;
            }
        }
        return stem;
    }

    /** "popp", "sitt": a doubled consonant that an ending doubled; "ll", "ss", "ff" and "zz" belong to the word. */
    private static boolean doubledConsonant(String stem) {
        int n = stem.length();
        if (n < 3) {
            return false;
        }
        char last = stem.charAt(n - 1);
        return last == stem.charAt(n - 2) && "aeiouylsfz".indexOf(last) < 0;
    }
}
