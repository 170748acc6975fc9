package com.morningbackcoach.local;

import java.util.Arrays;
import java.util.List;

/**
 * What the matcher knows about the single words of one language, and nothing about any phrasing: which words only
 * hold a sentence together (function words) or ask a question, and a word's stem, so that the inflections of one word
 * are read as the same word.
 */
interface SpokenWords {

    /** The words of the language of an Alexa locale such as {@code es-MX}; English for any other language. */
    static SpokenWords of(String localeTag) {
        return localeTag != null && localeTag.toLowerCase().startsWith("es") ? SpanishWords.INSTANCE
                : EnglishWords.INSTANCE;
    }

    /** Whether a word (or stem) only holds a sentence together: an article, pronoun, preposition, auxiliary. */
    boolean isFunctionWord(String word);

    /** Whether a word asks a question ("why", "how"): not a function word, since "why" and "how" ask apart. */
    boolean isQuestionWord(String word);

    /** The word without its inflection. */
    String stem(String word);

    /** The word without a pronoun joined to its end (Spanish "apágame" is "apaga me"); as it is where none is. */
    default String withoutEnclitic(String word) {
        return word;
    }

    /** Whether a word (or stem) turns what is said into its opposite: "not", "no", "never"; "no", "nunca", "ni". */
    boolean isNegation(String word);

    /** Whether a word (or stem) says what is asked on its own: neither a function word nor a question word. */
    default boolean isMeaningful(String word) {
        return !isFunctionWord(word) && !isQuestionWord(word);
    }

    /** The stems of a canonical text's words; none for an empty text. */
    default List<String> stems(String canonicalText) {
        return canonicalText.isEmpty() ? List.of() : Arrays.stream(canonicalText.split(" ")).map(this::stem).toList();
    }
}
