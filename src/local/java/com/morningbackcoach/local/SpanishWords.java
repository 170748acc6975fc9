package com.morningbackcoach.local;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the matcher knows about single Spanish words, written without accents as the matcher compares them: function
 * words, question words, and a light stem that reads plurals, gender and the common verb endings as one word
 * ("cruje", "crujiendo" and "crujidos" are "cruj"; "estiramientos" is "estiramient").
 */
final class SpanishWords implements SpokenWords {

    static final SpanishWords INSTANCE = new SpanishWords();

    /**
     * Articles, pronouns and possessives, prepositions, conjunctions, and the auxiliary verbs; "no" and the question
     * words are not among them.
     */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "el", "la", "los", "las", "un", "una", "unos", "unas", "lo", "al", "del", "este", "esta", "esto", "estos",
            "estas", "ese", "esa", "eso", "esos", "esas",
            "yo", "me", "mi", "mis", "tu", "tus", "te", "ti", "usted", "su", "sus", "se", "nos", "nuestro", "nuestra",
            "le", "les", "conmigo", "contigo",
            "es", "son", "soy", "estoy", "estan", "ser", "estar", "he", "ha", "has", "han", "hay", "haber",
            "puedo", "puedes", "puede", "podria", "podrias", "debo", "debes", "deberia", "voy", "vas", "va",
            "a", "de", "en", "con", "por", "para", "sin", "sobre", "hasta", "desde", "entre", "hacia",
            "y", "e", "o", "u", "pero", "que", "si", "pues", "entonces");

    private static final Set<String> QUESTION_WORDS = Set.of("que", "cual", "cuales", "quien", "como", "cuando",
            "donde", "cuanto", "cuanta", "cuantos", "cuantas", "porque");

    /** Endings taken off, longest first: verb forms, then derivations, then gender and number. */
    private static final List<String> ENDINGS = List.of(
            "iendo", "ando", "aron", "ieron", "ados", "adas", "idos", "idas", "ado", "ada", "ido", "ida",
            "amos", "emos", "imos", "aba", "ia", "ar", "er", "ir", "an", "en",
            "as", "es", "os", "a", "e", "o", "s");

    /**
     * Diminutive and superlative endings and what they stand for, longest first: "-ito" as "-o", "-quita" and
     * "-quilla" as "-ca" ("musiquita" is "música"), "-ecito" as "-e" ("suavecito" is "suave"), "-ísimo" as "-o"
     * ("lentísimo" is "lento"). Plurals stay, since a plural diminutive often names something else ("piquetitos"
     * tingle, a "piquete" stabs); so does "-illa" on its own, which ends words that are no diminutive ("pantorrilla").
     */
    private static final List<Map.Entry<String, String>> DIMINUTIVES = List.of(
            Map.entry("quillo", "co"), Map.entry("quilla", "ca"), Map.entry("guillo", "go"), Map.entry("guilla", "ga"),
            Map.entry("quito", "co"), Map.entry("quita", "ca"), Map.entry("guito", "go"), Map.entry("guita", "ga"),
            Map.entry("ecito", "e"), Map.entry("ecita", "e"), Map.entry("isimo", "o"), Map.entry("isima", "a"),
            Map.entry("ito", "o"), Map.entry("ita", "a"));

    /** The least a word read from its diminutive keeps, so that short words ("bonito", "quita") stay themselves. */
    private static final int SHORTEST_READ_WORD = 5;

    private static final Set<String> NEGATIONS = Set.of("no", "nunca", "ni", "nada", "nel", "tampoco", "sin");

    /** Pronouns joined to the end of an imperative or infinitive, longest first. */
    private static final List<String> ENCLITICS = List.of("selos", "selas", "melo", "mela", "telo", "tela", "selo",
            "sela", "nos", "les", "los", "las", "me", "te", "le", "lo", "la", "se");

    private SpanishWords() {
    }

    @Override
    public String withoutEnclitic(String word) {
        for (String pronoun : ENCLITICS) {
            String verb = word.substring(0, Math.max(0, word.length() - pronoun.length()));
            if (word.endsWith(pronoun) && verb.length() >= 4 && "aeir".indexOf(verb.charAt(verb.length() - 1)) >= 0) {
                return verb;
            }
        }
        return word;
    }

    @Override
    public boolean isFunctionWord(String word) {
        return FUNCTION_WORDS.contains(word) && !QUESTION_WORDS.contains(word);
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
     * The word without one ending, when at least four letters stay; function words and short words as they are. A
     * diminutive or superlative is read as its word ("cortita" is "corta", "musiquilla" is "música").
     */
    @Override
    public String stem(String word) {
        if (word.length() <= 4 || FUNCTION_WORDS.contains(word) || QUESTION_WORDS.contains(word)) {
            return word;
        }
        for (Map.Entry<String, String> diminutive : DIMINUTIVES) {
            if (!word.endsWith(diminutive.getKey())) {
                continue;
            }
            String read = word.substring(0, word.length() - diminutive.getKey().length()) + diminutive.getValue();
            if (read.length() >= SHORTEST_READ_WORD) {
                return stem(read);
            }
        }
        for (String ending : ENDINGS) {
            if (word.endsWith(ending) && word.length() - ending.length() >= 4) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }
}
