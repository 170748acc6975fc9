package com.morningbackcoach.local;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Resolves a typed utterance to an intent and slots the way Alexa would for this skill's model: sample utterances
 * with their slots, custom slot values and synonyms (entity resolution), and the common built-in intent phrases.
 *
 * <p>Samples match literally, slots as wildcards. Before matching, utterances and samples alike are put in a
 * canonical form, the small part of Alexa's tolerance a literal matcher can copy honestly: contractions are spelled
 * out ("what's" is "what is"); filler words are dropped ("um", "please", "just", an "okay" or "so" leading into the
 * request, a "right now", "today" or "anymore" closing it); a word said twice in a row counts once ("ow ow").
 * Then an utterance is also read without a leading carrier word (the "to" or "for" of "ask morning back coach to
 * ...", or a "my" no sample needs to repeat), with an embedded question after "if" or "whether" in question order,
 * and without a polite wrapper ("can you", "could we", "i want to", "let's"); the reading that matches best counts.
 *
 * <p>Of the samples that match, one with every slot resolved (or none) beats one with a slot it could not resolve;
 * then more resolved slots, then more literal words; a sample of the model beats one of Alexa's own built-in phrases.
 * Nothing here knows any particular phrasing.
 */
public final class UtteranceMatcher {

    public static final String FALLBACK = "AMAZON.FallbackIntent";
    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");

    private static final Map<String, String> CONTRACTIONS = Map.ofEntries(
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
            Map.entry("ok", "okay"));

    /** Words that carry no meaning for routing wherever they are said. */
    private static final Set<String> FILLERS = Set.of("um", "umm", "uh", "uhh", "er", "erm", "hmm", "please",
            "just", "actually", "really");

    /** Words that only lead into the request ("okay so, what's next"), dropped when something follows them. */
    private static final Set<String> LEAD_INS = Set.of("so", "okay", "well", "oh", "hey", "alright");

    /** Words that close a request with a time ("... today", "... right now") and say nothing about what is asked. */
    private static final List<List<String>> CLOSING_TIMES = List.of(List.of("right", "now"), List.of("now"),
            List.of("today"), List.of("yesterday"), List.of("anymore"), List.of("lately"));

    /** Auxiliary verbs that open a question again when an embedded one is turned round ("if it is" is "is it"). */
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "am", "was", "were", "can", "could", "should",
            "would", "will", "do", "does", "did", "has", "have");

    /** Polite wrappers around a request, in canonical form: "can you repeat that" is a way to say "repeat that". */
    private static final List<String> WRAPPERS = List.of("can you", "could you", "would you", "will you", "can we",
            "could we", "can i", "could i", "i want to", "i would like to", "i need to", "let us");

    /**
     * Words a request may start with that no sample needs to repeat: the carrier of a one-shot request ("ask morning
     * back coach to ...", "... whether ...") and a leading "me" or "my" ("my previous results").
     */
    private static final Set<String> CARRIERS = Set.of("to", "for", "about", "if", "whether", "that", "me", "my");

    /** A resolved slot: what was said, and the slot type value it resolved to, if any. */
    public record SlotMatch(String name, String spoken, InteractionModel.SlotValue resolved) {
        public Optional<InteractionModel.SlotValue> resolution() {
            return Optional.ofNullable(resolved);
        }
    }

    /** A resolved utterance. */
    public record Match(String intent, Map<String, SlotMatch> slots, Map<String, String> slotTypes) {
    }

    /**
     * One way to say an intent: a sample utterance of the model, or one of Alexa's own phrases for a built-in intent
     * ({@code declared} false), which gives way to a sample that matches as well.
     */
    private record Candidate(String intent, String sample, Pattern pattern, List<String> slotNames, int literalLength,
                             boolean declared) {
    }

    private record Scored(Match match, int score) {
    }

    private final InteractionModel model;
    private final List<Candidate> candidates = new ArrayList<>();

    public UtteranceMatcher(InteractionModel model) {
        this.model = model;
        for (InteractionModel.Intent intent : model.intents()) {
            intent.samples().forEach(sample -> candidates.add(compile(intent.name(), sample, true)));
            if (intent.name().startsWith("AMAZON.")) {
                BuiltInPhrases.of(intent.name()).forEach(phrase -> candidates.add(compile(intent.name(), phrase, false)));
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::literalLength).reversed());
    }

    /** Lower case, plain apostrophes, no other punctuation, single spaces. */
    public static String normalize(String utterance) {
        return utterance.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'')
                .replaceAll("[^a-z0-9' ]", " ")
                .replaceAll("\\s+", " ")
                .trim();
    }

    /**
     * The form utterances and samples are compared in: {@link #normalize normalized}, contractions spelled out,
     * filler words, lead-ins, a repeated word and a closing time dropped. A text made only of filler words stays as
     * it was.
     */
    public static String canonical(String text) {
        List<String> words = new ArrayList<>();
        for (String word : normalize(text).split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            words.addAll(Arrays.asList(CONTRACTIONS.getOrDefault(word, word).split(" ")));
        }
        List<String> kept = new ArrayList<>();
        for (String word : words) {
            boolean leading = kept.isEmpty() && LEAD_INS.contains(word);
            boolean repeated = !kept.isEmpty() && kept.get(kept.size() - 1).equals(word);
            if (!FILLERS.contains(word) && !leading && !repeated) {
                kept.add(word);
            }
        }
        if (kept.isEmpty()) {
            return String.join(" ", words);
        }
        dropClosingTime(kept);
        return String.join(" ", kept);
    }

    /** Drops one closing time phrase, when at least two words come before it. */
    private static void dropClosingTime(List<String> words) {
        for (List<String> closing : CLOSING_TIMES) {
            int start = words.size() - closing.size();
            if (start >= 2 && words.subList(start, words.size()).equals(closing)) {
                words.subList(start, words.size()).clear();
                return;
            }
        }
    }

    /** The best intent for {@code utterance}; the fallback intent when nothing fits. */
    public Match match(String utterance) {
        Scored best = null;
        for (String text : readings(canonical(utterance))) {
            Scored scored = bestFor(text);
            if (scored != null && (best == null || scored.score() > best.score())) {
                best = scored;
            }
        }
        return best != null ? best.match() : new Match(FALLBACK, Map.of(), Map.of());
    }

    /**
     * The utterance as said; then without a leading carrier word, an embedded question turned back into a question
     * ("whether my back cracking is normal" is "is my back cracking normal", "if i can ..." is "can i ...",
     * "whether to ..." is "should i ..."); then each of those without a polite wrapper.
     */
    private static List<String> readings(String text) {
        List<String> readings = new ArrayList<>(List.of(text));
        int space = text.indexOf(' ');
        String carrier = space > 0 ? text.substring(0, space) : "";
        if (CARRIERS.contains(carrier)) {
            String rest = text.substring(space + 1);
            readings.add(rest);
            if (carrier.equals("if") || carrier.equals("whether")) {
                readings.add(asQuestion(rest));
            }
        }
        for (String reading : List.copyOf(readings)) {
            for (String wrapper : WRAPPERS) {
                if (reading.startsWith(wrapper + " ")) {
                    readings.add(reading.substring(wrapper.length() + 1));
                }
            }
        }
        return readings;
    }

    /** An embedded question in question word order: the first auxiliary within a short subject moves to the front. */
    private static String asQuestion(String embedded) {
        if (embedded.startsWith("to ")) {
            return "should i " + embedded.substring(3);
        }
        String[] words = embedded.split(" ");
        for (int i = 1; i < Math.min(words.length, 5); i++) {
            if (AUXILIARIES.contains(words[i])) {
                List<String> turned = new ArrayList<>(List.of(words[i]));
                turned.addAll(Arrays.asList(words).subList(0, i));
                turned.addAll(Arrays.asList(words).subList(i + 1, words.length));
                return String.join(" ", turned);
            }
        }
        return Set.of("i", "you", "we", "they").contains(words[0]) ? "do " + embedded : embedded;
    }

    private Scored bestFor(String text) {
        Scored best = null;
        for (Candidate candidate : candidates) {
            Matcher matcher = candidate.pattern().matcher(text);
            if (!matcher.matches()) {
                continue;
            }
            Map<String, SlotMatch> slots = new LinkedHashMap<>();
            int resolvedCount = 0;
            int unresolvedCount = 0;
            for (int i = 0; i < candidate.slotNames().size(); i++) {
                String slotName = candidate.slotNames().get(i);
                String spoken = matcher.group(i + 1).trim();
                InteractionModel.SlotValue resolved = resolve(candidate.intent(), slotName, spoken);
                resolvedCount += resolved == null ? 0 : 1;
                unresolvedCount += resolved == null ? 1 : 0;
                slots.put(slotName, new SlotMatch(slotName, spoken, resolved));
            }
            int score = (unresolvedCount == 0 ? 1_000_000 : 0) + resolvedCount * 10_000 + candidate.literalLength() * 10
                    + (candidate.declared() ? 1 : 0);
            if (best == null || score > best.score()) {
                best = new Scored(new Match(candidate.intent(), slots, slotTypesOf(candidate.intent())), score);
            }
        }
        return best;
    }

    /**
     * Whether {@code utterance}, as said, is a way to say {@code intentName} the model or Alexa declares: one of its
     * samples, with every slot filled by one of its slot type's values or synonyms. No carrier word or wrapper is
     * left out here.
     */
    public boolean hasSample(String intentName, String utterance) {
        String text = canonical(utterance);
        for (Candidate candidate : candidates) {
            if (!candidate.intent().equals(intentName)) {
                continue;
            }
            Matcher matcher = candidate.pattern().matcher(text);
            if (matcher.matches() && IntStream.range(0, candidate.slotNames().size()).allMatch(i ->
                    resolve(intentName, candidate.slotNames().get(i), matcher.group(i + 1).trim()) != null)) {
                return true;
            }
        }
        return false;
    }

    /** The slot value {@code spoken} stands for, by name or synonym, or null when it is not one of them. */
    public InteractionModel.SlotValue resolve(String intentName, String slotName, String spoken) {
        String typeName = slotTypesOf(intentName).get(slotName);
        InteractionModel.SlotType type = typeName == null ? null : model.slotTypes().get(typeName);
        if (type == null) {
            return null;
        }
        String said = canonical(spoken);
        for (InteractionModel.SlotValue value : type.values()) {
            if (canonical(value.name()).equals(said)
                    || value.synonyms().stream().map(UtteranceMatcher::canonical).anyMatch(said::equals)) {
                return value;
            }
        }
        return null;
    }

    public Optional<String> slotTypeOf(String intentName, String slotName) {
        return Optional.ofNullable(slotTypesOf(intentName).get(slotName));
    }

    private Map<String, String> slotTypesOf(String intentName) {
        return model.intents().stream()
                .filter(intent -> intent.name().equals(intentName))
                .findFirst()
                .map(InteractionModel.Intent::slots)
                .orElse(Map.of());
    }

    private static Candidate compile(String intent, String sample, boolean declared) {
        Matcher slot = SLOT.matcher(sample);
        List<String> pieces = new ArrayList<>();
        List<String> slotNames = new ArrayList<>();
        int literal = 0;
        int last = 0;
        while (slot.find()) {
            literal += addLiteral(pieces, sample.substring(last, slot.start()));
            pieces.add("(.+?)");
            slotNames.add(slot.group(1));
            last = slot.end();
        }
        literal += addLiteral(pieces, sample.substring(last));
        return new Candidate(intent, sample, Pattern.compile(String.join(" ", pieces)), slotNames, literal, declared);
    }

    private static int addLiteral(List<String> pieces, String text) {
        String words = canonical(text);
        if (!words.isEmpty()) {
            pieces.add(Pattern.quote(words));
        }
        return words.length();
    }
}
