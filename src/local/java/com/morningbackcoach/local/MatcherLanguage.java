package com.morningbackcoach.local;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words of one language that {@link UtteranceMatcher} lets go before it compares an utterance with the samples,
 * the part of Alexa's tolerance a literal matcher can copy: contractions spelled out, filler words, words that lead
 * into a request or close it with a time, polite wrappers, and the carrier words of a one-shot request. Written in
 * {@link UtteranceMatcher#normalize normalized} form (lower case, no accents). Also how a person calls a skill by
 * name in that language, for {@link Invocation}.
 *
 * @param turnsEmbeddedQuestions whether an embedded question reads as a question once its auxiliary moves to the
 *                               front ("whether it is normal" is "is it normal"); Spanish keeps the same order
 * @param acknowledgements       words that acknowledge what was said before a request ("yeah", "right", "listo"):
 *                               the request is also read without them
 * @param clauseWords            words that make a run of words a clause of its own, a subject or a verb said
 *                               ("i", "is", "need"; "estoy", "voy"): the reason given beside a request
 */
record MatcherLanguage(String language, Map<String, String> contractions, Set<String> fillers,
                       List<String> fillerPhrases, Set<String> leadIns, List<List<String>> closingTimes,
                       Set<String> auxiliaries, List<String> wrappers, Set<String> carriers,
                       Set<String> questionCarriers, boolean turnsEmbeddedQuestions, List<String> launchVerbs,
                       List<String> oneShotVerbs, List<String> politeEndings, Set<String> acknowledgements,
                       Set<String> clauseWords) {

    static final MatcherLanguage ENGLISH = new MatcherLanguage("en",
            Map.ofEntries(
                    Map.entry("what's", "what is"), Map.entry("where's", "where is"), Map.entry("how's", "how is"),
                    Map.entry("who's", "who is"), Map.entry("when's", "when is"), Map.entry("why's", "why is"),
                    Map.entry("it's", "it is"), Map.entry("that's", "that is"), Map.entry("there's", "there is"),
                    Map.entry("here's", "here is"), Map.entry("let's", "let us"), Map.entry("i'm", "i am"),
                    Map.entry("you're", "you are"), Map.entry("we're", "we are"), Map.entry("they're", "they are"),
                    Map.entry("i've", "i have"), Map.entry("you've", "you have"), Map.entry("we've", "we have"),
                    Map.entry("i'd", "i would"), Map.entry("you'd", "you would"), Map.entry("we'd", "we would"),
                    Map.entry("i'll", "i will"), Map.entry("you'll", "you will"), Map.entry("we'll", "we will"),
                    Map.entry("it'll", "it will"), Map.entry("that'll", "that will"),
                    Map.entry("don't", "do not"), Map.entry("doesn't", "does not"), Map.entry("didn't", "did not"),
                    Map.entry("can't", "can not"), Map.entry("cannot", "can not"), Map.entry("won't", "will not"),
                    Map.entry("isn't", "is not"), Map.entry("aren't", "are not"), Map.entry("wasn't", "was not"),
                    Map.entry("weren't", "were not"), Map.entry("haven't", "have not"), Map.entry("hasn't", "has not"),
                    Map.entry("shouldn't", "should not"), Map.entry("couldn't", "could not"),
                    Map.entry("wouldn't", "would not"), Map.entry("gonna", "going to"), Map.entry("wanna", "want to"),
                    Map.entry("ok", "okay"),
                    Map.entry("whats", "what is"), Map.entry("wheres", "where is"), Map.entry("hows", "how is"),
                    Map.entry("thats", "that is"), Map.entry("theres", "there is"), Map.entry("lets", "let us"),
                    Map.entry("im", "i am"), Map.entry("ive", "i have"), Map.entry("youre", "you are"),
                    Map.entry("dont", "do not"), Map.entry("doesnt", "does not"), Map.entry("didnt", "did not"),
                    Map.entry("cant", "can not"), Map.entry("isnt", "is not"), Map.entry("wasnt", "was not"),
                    Map.entry("havent", "have not"), Map.entry("shouldnt", "should not"),
                    Map.entry("couldnt", "could not"), Map.entry("wouldnt", "would not"),
                    Map.entry("gotta", "got to"),
                    Map.entry("lemme", "let me"), Map.entry("gimme", "give me"), Map.entry("dunno", "do not know"),
                    Map.entry("k", "okay"), Map.entry("when'd", "when did"), Map.entry("how'd", "how did"),
                    Map.entry("how've", "how have"), Map.entry("what've", "what have"),
                    Map.entry("should've", "should have"), Map.entry("could've", "could have"),
                    Map.entry("tick", "sec"), Map.entry("mo", "sec"), Map.entry("jiffy", "sec")),
            Set.of("um", "umm", "mm", "mmm", "uh", "uhh", "er", "erm", "hmm", "ugh", "ah", "ahh", "argh", "gosh", "geez",
                    "jeez", "please", "just", "actually", "really", "basically", "literally", "kinda", "sorta", "thanks",
                    "mate", "kindly", "eh", "very", "wicked", "super", "pretty", "quite", "awfully",
                    "terribly", "seriously", "totally", "cheers", "na", "itself", "yaar", "honestly", "oof", "huff",
                    "dear", "pet", "flipping", "freaking", "frigging", "absolute"),
            List.of("thank you", "to be honest", "ever so", "would ya"),
            Set.of("so", "okay", "well", "oh", "hey", "alright", "righto", "anyway", "listen", "look", "whoa", "woah",
                    "today", "oops", "whoops", "crikey", "blimey"),
            List.of(List.of("right", "now"), List.of("now"), List.of("today"), List.of("yesterday"),
                    List.of("anymore"), List.of("lately"), List.of("anyway")),
            Set.of("is", "are", "am", "was", "were", "can", "could", "should", "would", "will", "do", "does", "did",
                    "has", "have"),
            List.of("can you", "could you", "would you", "will you", "can we", "could we", "can i", "could i",
                    "i want to", "i would like to", "i need to", "let us"),
            Set.of("to", "for", "about", "if", "whether", "that", "me", "my"),
            Set.of("if", "whether"),
            true,
            List.of("open", "launch", "start", "begin", "run", "load", "talk to", "use"),
            List.of("ask", "tell", "use", "have"),
            List.of("please"),
            Set.of("yes", "yeah", "yep", "yup", "sure", "right", "okay", "alright", "cool", "good", "great", "fine",
                    "brilliant", "lovely", "done", "finished", "ready", "perfect", "nice", "aye", "sorry", "nah", "mhm",
                    "sweet", "beaut", "ripper"),
            Set.of("i", "we", "it", "is", "am", "are", "was", "were", "have", "has", "need", "got", "there", "he",
                    "she", "they", "gotta"));

    static final MatcherLanguage SPANISH = new MatcherLanguage("es",
            Map.ofEntries(Map.entry("pa", "para"), Map.entry("pal", "para el"), Map.entry("okey", "ok"),
                    Map.entry("okay", "ok"), Map.entry("q", "que"), Map.entry("xq", "por que"),
                    Map.entry("yeah", "si"), Map.entry("yes", "si"), Map.entry("next", "siguiente"),
                    Map.entry("skip", "salta"), Map.entry("start", "empieza"), Map.entry("stop", "para"),
                    Map.entry("reminder", "recordatorio"), Map.entry("stretches", "estiramientos"),
                    Map.entry("stretching", "estiramientos"), Map.entry("sorry", "perdon"),
                    Map.entry("workout", "rutina"), Map.entry("done", "listo"), Map.entry("crack", "crujido"),
                    Map.entry("crackear", "tronar"), Map.entry("every", "todos"), Map.entry("day", "los dias"),
                    Map.entry("perate", "esperate"), Map.entry("perame", "esperame")),
            Set.of("eh", "ehh", "em", "emm", "mmm", "mm", "hmm", "uh", "uhm", "uy", "uf", "porfa", "porfis",
                    "porfavor", "solamente", "nomas", "gracias", "tio", "tia", "wey", "guey",
                    "super", "re", "anda", "hombre", "compa", "carnal", "chamo", "uff", "buf", "puf", "mijo", "mija"),
            List.of("por favor", "por fa", "por favorcito", "si me haces el favor", "o sea", "a ver", "la verdad", "la neta",
                    "no manches", "un buen", "buenos dias", "buenas tardes"),
            Set.of("bueno", "oye", "oiga", "ok", "entonces", "pues", "ah", "oh", "mira", "alexa", "osea", "vale", "venga",
                    "orale", "andale", "perdona", "perdone", "disculpa", "disculpe", "ey", "epa", "so"),
            List.of(List.of("ahora", "mismo"), List.of("ahorita"), List.of("ahora"), List.of("hoy"),
                    List.of("en", "este", "momento"), List.of("ultimamente"), List.of("de", "una", "vez"),
                    List.of("por", "ahora"), List.of("ya", "mismo")),
            Set.of(),
            List.of("puedes", "podrias", "me puedes", "me podrias", "puede", "podria", "me puede", "me podria",
                    "me puede decir", "quiero", "quisiera", "me gustaria", "necesito",
                    "vamos a", "quiero que me", "me dices", "dime", "quiero que", "quisiera que", "necesito que",
                    "me gustaria que", "me puedes decir", "me podrias decir", "me diga", "me digas", "me dirias",
                    "podemos", "podriamos", "hazme el favor de", "me haces el favor de", "hagame el favor de",
                    "me hace el favor de", "me ayudas a", "ayudame a",
                    "dejame", "que me"),
            Set.of("que", "si", "sobre", "para", "me", "mi", "de", "por", "a"),
            Set.of(),
            false,
            List.of("abre", "abrete", "abrir", "inicia", "iniciar", "empieza", "comienza", "lanza", "usa", "habla con",
                    "pon", "activa"),
            List.of("pregunta a", "preguntale a", "pide a", "pidele a", "dile a", "pregunta en", "pide en", "usa"),
            List.of("por favor"),
            Set.of("si", "vale", "venga", "sale", "va", "ok", "listo", "lista", "dale", "ya", "bueno", "claro",
                    "perfecto", "genial", "orale", "andale", "hecho", "bien"),
            Set.of("estoy", "esta", "voy", "vengo", "tengo", "hay", "es", "que", "me", "se", "estamos", "vamos",
                    "necesito", "tiene", "suena", "llego"));

    /** The words after which a closing time is what the request is about, not when: "for today", "por hoy". */
    Set<String> keptBeforeClosing() {
        return Set.of(this == SPANISH ? "por" : "for");
    }

    /** The language of a locale tag such as {@code es-MX}; English for any language without its own words here. */
    static MatcherLanguage of(String localeTag) {
        return localeTag != null && localeTag.toLowerCase().startsWith("es") ? SPANISH : ENGLISH;
    }

    /** {@code words} as a regular-expression alternation, longest first. */
    static String alternation(List<String> words) {
        return words.stream().sorted((a, b) -> b.length() - a.length()).map(java.util.regex.Pattern::quote)
                .collect(Collectors.joining("|"));
    }
}
