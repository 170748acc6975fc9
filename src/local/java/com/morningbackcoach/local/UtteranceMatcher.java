package com.morningbackcoach.local;

import java.util.ArrayList;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Resolves a typed utterance to an intent and slots the way Alexa would for this skill's model: sample utterances
 * with their slots, custom slot values and synonyms (entity resolution), and the common built-in intent phrases.
 *
 * <p>Samples match literally, slots as wildcards. Before matching, utterances and samples alike are put in a
 * canonical form, the small part of Alexa's tolerance a literal matcher can copy honestly: contractions are spelled
 * out ("what's" is "what is", "my back's" is "my back is"); filler words are dropped ("um", "please", "just", an
 * "okay" or "so" leading into the request, a "right now", "today" or "anymore" closing it); a word, or a phrase of two
 * or three words, said twice in a row counts once ("ow ow", "hold on hold on").
 * Then an utterance is also read without a leading carrier word (the "to" or "for" of "ask morning back coach to
 * ...", or a "my" no sample needs to repeat), with an embedded question after "if" or "whether" in question order,
 * and without a polite wrapper ("can you", "could we", "i want to", "let's"); the reading that matches best counts.
 *
 * <p>Then each reading is held against the samples, and the closest {@link Fit} wins, then the higher score within it:
 * <ol>
 *   <li>{@link Fit#EXACT}: a sample word for word, slots as wildcards, each slot a value or synonym of its type;</li>
 *   <li>{@link Fit#CLOSE}: a sample with its slots filled, but for inflections ({@link SpokenWords#stem}) and one
 *   function word added, dropped or changed;</li>
 *   <li>{@link Fit#SCORED}: the sample, with its slots filled, that shares the most weighed words with it, above
 *   {@link #SCORE_THRESHOLD} ({@link NearestSamples});</li>
 *   <li>{@link Fit#PARTIAL}: a sample's words around a slot, word for word, whose words say a value and more (a
 *   sample that is a bare slot takes a value said alone, nothing more);</li>
 *   <li>else the fallback intent: a sample's words around a slot that names no value of its type
 *   ({@link Fit#UNRESOLVED}) are not enough, since words around anything would then catch anything.</li>
 * </ol>
 * A negation said ("not", "no", "never"; "no", "nunca") is never read as a sample that does not say one: "not right
 * now" is not "right".
 * Within a fit, more resolved slots, then more literal words win; a sample of the model beats one of Alexa's own
 * phrases for a built-in intent, which match only word for word. The tolerant fits approximate what Alexa's
 * statistical understanding forgives; they learn only from the model (its samples, values and synonyms, and how many
 * intents use each word). Nothing here knows any particular phrasing.
 */
public final class UtteranceMatcher {

    public static final String FALLBACK = "AMAZON.FallbackIntent";
    private static final String PAIN = "PainIntent";
    private static final String SYMPTOM = "symptom";

    /**
     * The share of a scored match's weighed words that both the utterance and the sample must have in common; below
     * it, the utterance is about something else.
     */
    static final double SCORE_THRESHOLD = 0.5;
    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");

    /** A resolved slot: what was said, and the slot type value it resolved to, if any. */
    public record SlotMatch(String name, String spoken, InteractionModel.SlotValue resolved) {
        public Optional<InteractionModel.SlotValue> resolution() {
            return Optional.ofNullable(resolved);
        }
    }

    /** How closely an utterance fits the sample it was routed by, from the closest to none. */
    public enum Fit {
        /** Word for word a sample, every slot a value or synonym of its type. */
        EXACT,
        /** A sample but for inflections and one function word added, dropped or changed. */
        CLOSE,
        /** Nearest by the words it shares with a sample, weighed by what they say about the intent. */
        SCORED,
        /** Word for word a sample's words around a slot whose words say a value of its type and more. */
        PARTIAL,
        /**
         * Nothing else fits, but one clause of what was said is a request ("hold on", "talk slower") word for word or
         * nearly, and the rest gives its reason ("the kettle's going", "it's early"), or follows a yes or a no.
         */
        CLAUSE,
        /** Word for word a sample's words around a slot that names no value of its type: refused, as the fallback. */
        UNRESOLVED,
        /** Nothing fits: the fallback intent. */
        NONE
    }

    /** A resolved utterance: the intent and its slots, how closely it fits, and the sample it was routed by. */
    public record Match(String intent, Map<String, SlotMatch> slots, Map<String, String> slotTypes, Fit fit,
                        String sample) {

        /** An intent sent as it is, not resolved from words. */
        public Match(String intent, Map<String, SlotMatch> slots, Map<String, String> slotTypes) {
            this(intent, slots, slotTypes, Fit.EXACT, "");
        }
    }

    /**
     * One way to say an intent: a sample utterance of the model, or one of Alexa's own phrases for a built-in intent
     * ({@code declared} false), which gives way to a sample that matches as well.
     */
    private record Candidate(NearestSamples.Sample sample, Pattern pattern, List<String> slotNames, boolean declared) {

        String intent() {
            return sample.intent();
        }

        int literalLength() {
            return sample.literalLength();
        }
    }

    /** A match and how good it is: first by its fit, then by its score within that fit. */
    private record Scored(Match match, double score) {

        boolean beats(Scored other) {
            if (other == null) {
                return true;
            }
            int byFit = other.match().fit().compareTo(match.fit());
            return byFit != 0 ? byFit > 0 : score > other.score();
        }
    }

    private final InteractionModel model;
    private final MatcherLanguage language;
    private final SpokenWords words;
    private final double threshold;
    private final List<Candidate> candidates = new ArrayList<>();
    private final NearestSamples nearest;
    /** The built-in slot types (a time, a length) the model's intents use. */
    private final List<String> builtInTypes;
    private final Set<String> sampleEndings;

    /** A matcher for {@code model}, with the words of the model's language (see {@link MatcherLanguage}). */
    public UtteranceMatcher(InteractionModel model) {
        this(model, SCORE_THRESHOLD);
    }

    /** A matcher whose scored matches need {@code threshold} instead of {@link #SCORE_THRESHOLD}. */
    UtteranceMatcher(InteractionModel model, double threshold) {
        this.model = model;
        this.language = MatcherLanguage.of(model.locale());
        this.words = SpokenWords.of(model.locale());
        this.threshold = threshold;
        for (InteractionModel.Intent intent : model.intents()) {
            intent.samples().forEach(sample -> candidates.add(compile(intent.name(), sample, true)));
            if (intent.name().startsWith("AMAZON.")) {
                BuiltInPhrases.of(language, intent.name())
                        .forEach(phrase -> candidates.add(compile(intent.name(), phrase, false)));
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::literalLength).reversed());
        this.builtInTypes = model.intents().stream().flatMap(intent -> intent.slots().values().stream())
                .filter(BuiltInSlotValues::isBuiltIn).distinct().toList();
        this.nearest = new NearestSamples(model, candidates.stream().filter(Candidate::declared)
                .map(Candidate::sample).toList(), words, this::canonicalForm, this::slotTypesOf);
        this.sampleEndings = model.intents().stream().flatMap(intent -> intent.samples().stream())
                .map(sample -> canonicalForm(sample).split(" ")).map(said -> said[said.length - 1])
                .collect(Collectors.toSet());
    }

    /** Lower case, no accents ("qué" is "que", "ñ" is "n"), plain apostrophes, no other punctuation, single spaces. */
    public static String normalize(String utterance) {
        return Normalizer.normalize(utterance.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('\u2019', '\'')
                .replaceAll("[^a-z0-9' ]", " ")
                .replaceAll("\\s+", " ")
                .trim();
    }

    /**
     * The form utterances and samples are compared in: {@link #normalize normalized}, contractions spelled out,
     * filler words, lead-ins, a repeated word or phrase and a closing time dropped. A text made only of filler words
     * stays as it was.
     */
    public static String canonical(String text) {
        return canonical(MatcherLanguage.ENGLISH, text);
    }

    /** {@link #canonical(String)} with the words of the language of an Alexa locale such as {@code es-MX}. */
    public static String canonical(String locale, String text) {
        return canonical(MatcherLanguage.of(locale), text);
    }

    /** {@link #canonical(String)} with the words of this matcher's language. */
    public String canonicalForm(String text) {
        return canonical(language, text);
    }

    static String canonical(MatcherLanguage language, String text) {
        String normalized = " " + normalize(text) + " ";
        for (String phrase : language.fillerPhrases()) {
            normalized = normalized.replace(" " + phrase + " ", " ");
        }
        List<String> words = new ArrayList<>();
        for (String word : normalized.trim().split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String spelled = language.contractions().getOrDefault(word, word);
            if (spelled.equals(word) && word.endsWith("'s") && word.length() > 2) {
                spelled = word.substring(0, word.length() - 2) + " is";
            }
            words.addAll(Arrays.asList(spelled.split(" ")));
        }
        List<String> kept = new ArrayList<>();
        for (String word : words) {
            boolean leading = kept.isEmpty() && language.leadIns().contains(word);
            if (!language.fillers().contains(word) && !leading) {
                kept.add(word);
                dropRepeat(kept);
            }
        }
        if (kept.isEmpty()) {
            return words.isEmpty() ? normalize(text)
                    : String.join(" ", IntStream.range(0, words.size())
                            .filter(i -> i == 0 || !words.get(i).equals(words.get(i - 1))).mapToObj(words::get).toList());
        }
        dropClosingTime(language, kept);
        return String.join(" ", kept);
    }

    /** Drops a word, or a phrase of two or three words, just said again: "hold on hold on" is "hold on". */
    private static void dropRepeat(List<String> words) {
        for (int length = 1; length <= 3; length++) {
            int end = words.size();
            if (end >= 2 * length
                    && words.subList(end - length, end).equals(words.subList(end - 2 * length, end - length))) {
                words.subList(end - length, end).clear();
                return;
            }
        }
    }

    /**
     * Drops one closing time phrase, the longest that closes the text, when at least two words come before it and
     * one of them says something: "not right now" stays, and "that's it for today" is not "that is it for". A time
     * named after "for" or "por" is what the request is about, and stays: "ya estuvo por hoy" is not "ya estuvo".
     */
    private static void dropClosingTime(MatcherLanguage language, List<String> words) {
        SpokenWords spoken = SpokenWords.of(language.language());
        for (List<String> closing : language.closingTimes()) {
            int start = words.size() - closing.size();
            if (start >= 0 && words.subList(start, words.size()).equals(closing)) {
                boolean named = start > 0 && language.keptBeforeClosing().contains(words.get(start - 1));
                if (start >= 2 && !named && words.subList(0, start).stream().anyMatch(spoken::isMeaningful)) {
                    words.subList(start, words.size()).clear();
                }
                return;
            }
        }
    }

    /** The best intent for {@code utterance}; the fallback intent when nothing fits. */
    public Match match(String utterance) {
        String text = canonicalForm(utterance);
        Scored best = bestReading(text);
        if (best == null || best.match().intent().equals(FALLBACK) && best.match().fit() != Fit.EXACT) {
            Scored clause = clauseFor(text);
            best = clause != null ? clause : best;
        }
        Match found = best != null && (best.match().fit() == Fit.EXACT || !isHalfSaid(text)) ? best.match()
                : new Match(FALLBACK, Map.of(), Map.of(), Fit.NONE, "");
        Match afterGroan = found.fit() == Fit.CLAUSE && found.intent().equals(PAIN) ? afterAGroan(text) : null;
        return afterGroan != null ? afterGroan : found;
    }

    /**
     * A groan said first ("ay", "ouch", each a pain sample of one word) and heard as a pain with the rest as its
     * reason, when the rest read alone is a request of the skill other than a pain report: the request is what is
     * heard ("ay ya me levanté vamos con los ejercicios" starts). Null when no groan leads, or the rest reports pain or
     * reaches nothing.
     */
    private Match afterAGroan(String text) {
        int space = text.indexOf(' ');
        if (space < 0) {
            return null;
        }
        Scored groan = exactFor(text.substring(0, space));
        if (groan == null || !groan.match().intent().equals(PAIN) || !groan.match().slots().isEmpty()) {
            return null;
        }
        Match rest = match(text.substring(space + 1));
        return rest.intent().equals(PAIN) || rest.intent().equals(FALLBACK) ? null : rest;
    }

    private Scored bestReading(String text) {
        Scored best = null;
        for (String reading : readings(text)) {
            for (Scored scored : new Scored[] {exactFor(reading), tolerantFor(reading)}) {
                if (scored != null && scored.beats(best)) {
                    best = scored;
                }
            }
        }
        return best;
    }

    /**
     * A request said beside its reason, as two clauses: "hold on the kettle's going", "i'm knackered let's stop
     * there". The first or last words must be a request (not a cancel) word for word, or but for inflections, or,
     * when two of its words say something, but for one function word ("turn that music off it's doing my head in"),
     * with a word that says something, and the rest a statement of its own (a subject or a verb,
     * {@link MatcherLanguage#clauseWords}, and no question word but a leading "que") that does not report pain; after
     * a yes or a no said first, and not asked ("why not", "por qué no"), any words the model knows that ask nothing
     * ("nope still stiff"). The longer the
     * request, the better, and the last said of two as long. Null when no such split exists.
     */
    private Scored clauseFor(String text) {
        String[] said = text.split(" ");
        Scored best = null;
        for (int split = 1; split < said.length; split++) {
            String left = String.join(" ", Arrays.asList(said).subList(0, split));
            String right = String.join(" ", Arrays.asList(said).subList(split, said.length));
            for (String[] pair : new String[][] {{left, right}, {right, left}}) {
                if (!saysSomething(pair[0]) || endsANounPhrase(pair[0], pair[1], pair[0] == right)) {
                    continue;
                }
                Scored request = bestReading(pair[0]);
                boolean close = request != null && request.match().fit() == Fit.CLOSE
                        && (NearestSamples.onlyInflections(request.score(), words.stems(pair[0]), words)
                        || words.stems(pair[0]).stream().filter(words::isMeaningful).count() >= 2);
                if (request == null || request.match().fit() != Fit.EXACT && !close
                        || !takesAReason(request.match().intent())) {
                    continue;
                }
                Scored pain = painReported(pair[1]);
                if (pain != null) {
                    return pain;
                }
                boolean answerFirst = pair[0] == left && isAnswer(request.match().intent());
                if (answerFirst && !asksNothing(pair[0])
                        || !(answerFirst ? isHowThingsAre(pair[1]) : isReason(pair[1]))) {
                    continue;
                }
                Match found = request.match();
                double score = pair[0].split(" ").length + (pair[0] == right ? 0.5 : 0);
                Scored clause = new Scored(new Match(found.intent(), withSymptom(found, pair[1]), found.slotTypes(),
                        Fit.CLAUSE, found.sample()), score);
                if (clause.beats(best)) {
                    best = clause;
                }
            }
        }
        return best;
    }

    /**
     * A pain said beside what happened ("my back hurts, i fell off my bike yesterday"): what happened fills the
     * symptom slot as Alexa would fill it, with all its words, and the sign it names word for word when nothing in it
     * is negated ("i didn't fall" names none; the skill reads those words again).
     */
    private Map<String, SlotMatch> withSymptom(Match found, String rest) {
        if (!found.intent().equals(PAIN) || found.slots().containsKey(SYMPTOM)) {
            return found.slots();
        }
        SlotMatch named = words.stems(rest).stream().anyMatch(words::isNegation) ? null
                : saidWithin(PAIN, SYMPTOM, rest);
        Map<String, SlotMatch> slots = new LinkedHashMap<>(found.slots());
        slots.put(SYMPTOM, named != null ? named : new SlotMatch(SYMPTOM, rest, null));
        return slots;
    }

    /**
     * Whether a one-word request said last follows a function word, or said first follows a carrier, and so ends the
     * phrase of a thing: "back" in "i pulled something in my back" and "my back's having a bad day" is the back, not
     * a request to go back.
     */
    private boolean endsANounPhrase(String request, String rest, boolean saidLast) {
        String[] phrase = request.split(" ");
        if (!saidLast && phrase.length == 2 && language.carriers().contains(phrase[0])) {
            return true;
        }
        if (!saidLast || request.contains(" ")) {
            return false;
        }
        String[] before = rest.split(" ");
        return words.isFunctionWord(before[before.length - 1]);
    }

    /**
     * Whether no word says something and the last is one no sample ends with: "um the uh" and "what's the" are half
     * said and ask for nothing, where "what" and "eso" are whole.
     */
    private boolean isHalfSaid(String text) {
        String[] said = text.split(" ");
        return words.stems(text).stream().noneMatch(words::isMeaningful) && !sampleEndings.contains(said[said.length - 1]);
    }

    /** A word that says something, or a single word that is neither a question nor a negation ("para"). */
    private boolean saysSomething(String text) {
        String[] said = text.split(" ");
        return Arrays.stream(said).anyMatch(words::isMeaningful)
                || said.length == 1 && !words.isQuestionWord(said[0]) && !words.isNegation(said[0]);
    }

    /**
     * A request a reason can go with; not a cancel, which beside a reason is most often about something else
     * ("cancel my appointment i can't go").
     */
    private static boolean takesAReason(String intent) {
        return !intent.equals(FALLBACK) && !intent.equals("AMAZON.CancelIntent");
    }

    /**
     * The pain reported beside a built-in request, which is what is heard: "hang on i think i pulled something" stops
     * for the pain, not for a pause. Null when the words report no pain.
     */
    private Scored painReported(String text) {
        Scored reason = bestReading(text);
        return reason != null && reason.match().intent().equals(PAIN) ? reason : null;
    }

    /** A yes or a no, which a person often follows with how things are: "nope still stiff", "sí ya mejor". */
    private static boolean isAnswer(String intent) {
        return intent.equals("AMAZON.YesIntent") || intent.equals("AMAZON.NoIntent");
    }

    /**
     * Whether words said after a yes or a no tell how things are: they ask nothing, and say no word the model never
     * says ("no book a cab" is about something else).
     */
    private boolean isHowThingsAre(String text) {
        return asksNothing(text)
                && knownStems(text).stream().allMatch(stem -> !words.isMeaningful(stem) || nearest.knows(stem));
    }

    /** Whether words said beside a request give its reason: a clause of their own, which asks nothing nor reports pain. */
    private boolean isReason(String text) {
        if (Arrays.stream(text.split(" ")).noneMatch(language.clauseWords()::contains) || !asksNothing(text)) {
            return false;
        }
        Scored reason = bestReading(text);
        return reason == null || !reason.match().intent().equals(PAIN);
    }

    /** Whether words ask nothing: no question word, but a leading "que". */
    private boolean asksNothing(String text) {
        String[] said = text.split(" ");
        return Arrays.stream(said).skip(1).noneMatch(words::isQuestionWord)
                && (!words.isQuestionWord(said[0]) || said[0].equals("que"));
    }

    /**
     * The utterance as said, and without a leading acknowledgement when a word that says something follows ("yep
     * what's next" is "what's next"), the rest in canonical form again, and so on ("yep done move on" is "move on");
     * then each without a leading carrier word, an embedded question turned back into a question ("whether my back cracking is
     * normal" is "is my back cracking normal", "if i can ..." is "can i ...", "whether to ..." is "should i ...");
     * then each of those without a polite wrapper.
     */
    private List<String> readings(String said) {
        List<String> readings = new ArrayList<>(List.of(said));
        String acknowledged = said;
        int first = acknowledged.indexOf(' ');
        while (first > 0 && language.acknowledgements().contains(acknowledged.substring(0, first))
                && Arrays.stream(acknowledged.substring(first + 1).split(" ")).anyMatch(words::isMeaningful)) {
            acknowledged = canonicalForm(acknowledged.substring(first + 1));
            readings.add(acknowledged);
            first = acknowledged.indexOf(' ');
        }
        for (String text : List.copyOf(readings)) {
            int space = text.indexOf(' ');
            String carrier = space > 0 ? text.substring(0, space) : "";
            if (language.carriers().contains(carrier)) {
                String rest = text.substring(space + 1);
                readings.add(rest);
                if (language.turnsEmbeddedQuestions() && language.questionCarriers().contains(carrier)) {
                    readings.add(asQuestion(rest));
                }
            }
        }
        for (String reading : List.copyOf(readings)) {
            for (String wrapper : language.wrappers()) {
                if (reading.startsWith(wrapper + " ")) {
                    readings.add(reading.substring(wrapper.length() + 1));
                }
            }
        }
        return readings;
    }

    /** An embedded question in question word order: the first auxiliary within a short subject moves to the front. */
    private String asQuestion(String embedded) {
        if (embedded.startsWith("to ")) {
            return "should i " + embedded.substring(3);
        }
        String[] words = embedded.split(" ");
        for (int i = 1; i < Math.min(words.length, 5); i++) {
            if (language.auxiliaries().contains(words[i])) {
                List<String> turned = new ArrayList<>(List.of(words[i]));
                turned.addAll(Arrays.asList(words).subList(0, i));
                turned.addAll(Arrays.asList(words).subList(i + 1, words.length));
                return String.join(" ", turned);
            }
        }
        return Set.of("i", "you", "we", "they").contains(words[0]) ? "do " + embedded : embedded;
    }

    /**
     * The best sample {@code text} is word for word, slots as wildcards: {@link Fit#EXACT} when every slot names a
     * value of its type, {@link Fit#PARTIAL} when each unresolved slot's words contain a value, else
     * {@link Fit#UNRESOLVED}. A built-in slot (a time, a length) must be a value.
     */
    private Scored exactFor(String text) {
        Scored best = null;
        candidates:
        for (Candidate candidate : candidates) {
            Matcher matcher = candidate.pattern().matcher(text);
            if (!matcher.matches()) {
                continue;
            }
            Map<String, SlotMatch> slots = new LinkedHashMap<>();
            int resolved = 0;
            int partly = 0;
            for (int i = 0; i < candidate.slotNames().size(); i++) {
                String slotName = candidate.slotNames().get(i);
                String spoken = matcher.group(i + 1).trim();
                InteractionModel.SlotValue value = resolve(candidate.intent(), slotName, spoken);
                if (value == null && BuiltInSlotValues.isBuiltIn(slotTypesOf(candidate.intent()).get(slotName))) {
                    continue candidates;
                }
                if (value == null && candidate.literalLength() == 0) {
                    value = saidTwice(candidate.intent(), slotName, spoken);
                }
                SlotMatch within = value != null ? null : saidWithin(candidate.intent(), slotName, spoken);
                resolved += value != null ? 1 : 0;
                partly += within != null ? 1 : 0;
                slots.put(slotName, within != null ? within : new SlotMatch(slotName, spoken, value));
            }
            int unresolved = candidate.slotNames().size() - resolved;
            Fit fit = unresolved == 0 ? Fit.EXACT : partly == unresolved ? Fit.PARTIAL : Fit.UNRESOLVED;
            if (fit == Fit.UNRESOLVED || fit == Fit.PARTIAL && candidate.literalLength() == 0) {
                continue;
            }
            double score = resolved * 10_000 + candidate.literalLength() * 10 + (candidate.declared() ? 1 : 0);
            Scored scored = new Scored(new Match(candidate.intent(), slots, slotTypesOf(candidate.intent()), fit,
                    candidate.sample().text()), score);
            if (scored.beats(best)) {
                best = scored;
            }
        }
        return best;
    }

    /**
     * The one value of a slot said twice in other words, one after the other, perhaps joined by a word that says
     * nothing of its own: "más despacio vas muy rápido" is slower twice, not slower and then "fast". Null when the
     * words say two values, or are no two values.
     */
    private InteractionModel.SlotValue saidTwice(String intentName, String slotName, String spoken) {
        List<String> said = Arrays.asList(spoken.split(" "));
        for (int split = 1; split < said.size() - 1; split++) {
            InteractionModel.SlotValue first = resolve(intentName, slotName, String.join(" ", said.subList(0, split)));
            if (first == null) {
                continue;
            }
            int from = words.isMeaningful(said.get(split)) ? split : split + 1;
            for (int start = split; start <= from; start++) {
                InteractionModel.SlotValue second = resolve(intentName, slotName,
                        String.join(" ", said.subList(start, said.size())));
                if (second != null && second.id().equals(first.id())) {
                    return first;
                }
            }
        }
        return null;
    }

    /**
     * The closest sample {@code text} is {@link Fit#CLOSE} to, or else the nearest {@link Fit#SCORED} one; a number,
     * time or length said in it is read as the value of a built-in slot, each type it can be in turn.
     */
    private Scored tolerantFor(String text) {
        Scored found = tolerantFor(knownStems(text), null);
        List<BuiltInSpan> spans = builtInSpans(text);
        BuiltInSpan foundBy = spans.stream().max(Comparator.comparingInt(span -> span.spoken().split(" ").length))
                .orElse(null);
        for (BuiltInSpan span : spans) {
            Scored marked = tolerantFor(knownStems(span.marked()), span);
            if (marked != null && (found == null || !found.beats(marked))) {
                found = marked;
                foundBy = span;
            }
        }
        if (found == null || foundBy == null) {
            return found;
        }
        boolean forSomethingElse = takesATimeOrLength(found) ? saysAnUnknownWord(foundBy.marked())
                : valueSays(found, foundBy) && namesWhatItIsFor(foundBy);
        return forSomethingElse ? null : found;
    }

    /**
     * Whether the first word that says something after a time or length is one no sample of the skill's intents
     * says: what the length is for ("five minutes for the coffee"), not the reason beside it ("today the kids are up").
     */
    private boolean namesWhatItIsFor(BuiltInSpan span) {
        List<String> stems = knownStems(span.marked());
        int at = stems.indexOf(NearestSamples.placeholder(span.type()));
        return at >= 0 && stems.stream().skip(at + 1).filter(words::isMeaningful).findFirst()
                .filter(stem -> !nearest.knowsWithin(stem)).isPresent();
    }

    /** Whether a slot value the match resolved is one that says the time or length itself ("only five minutes"). */
    private static boolean valueSays(Scored scored, BuiltInSpan span) {
        return scored.match().slots().values().stream()
                .anyMatch(slot -> (" " + slot.spoken() + " ").contains(" " + span.spoken() + " "));
    }

    /** Whether a match has a slot of a built-in type: a time of day or a length. */
    private static boolean takesATimeOrLength(Scored scored) {
        return scored.match().slotTypes().values().stream().anyMatch(BuiltInSlotValues::isBuiltIn);
    }

    /**
     * Whether a word that says something, after the first (most often the request's verb: "clock", "ponerme"), is one
     * no sample of the skill's intents says (a fallback sample may): beside a time or a length, it names what the time
     * is for, and the skill times nothing else ("a timer for the eggs for five minutes").
     */
    private boolean saysAnUnknownWord(String text) {
        return knownStems(text).stream().skip(1).anyMatch(stem -> words.isMeaningful(stem)
                && !NearestSamples.isPlaceholder(stem) && !nearest.knowsWithin(stem));
    }

    /** The stems of a text, each word the model does not know read without a pronoun joined to it if it then is. */
    private List<String> knownStems(String canonicalText) {
        List<String> stems = new ArrayList<>(words.stems(canonicalText));
        String[] said = canonicalText.split(" ");
        for (int i = 0; i < stems.size(); i++) {
            if (words.isMeaningful(stems.get(i)) && !nearest.knows(stems.get(i))) {
                String bare = words.stem(words.withoutEnclitic(said[i]));
                if (nearest.knows(bare)) {
                    stems.set(i, bare);
                }
            }
        }
        return stems;
    }

    private Scored tolerantFor(List<String> stems, BuiltInSpan span) {
        NearestSamples.Near near = nearest.closest(stems);
        if (near == null) {
            near = nearest.nearest(stems, threshold);
        }
        if (near == null) {
            return null;
        }
        Map<String, SlotMatch> slots = new LinkedHashMap<>(near.slots());
        for (Map.Entry<String, SlotMatch> slot : near.slots().entrySet()) {
            if (slot.getValue().resolved() == null && span != null
                    && slot.getValue().spoken().equals(NearestSamples.placeholder(span.type()))) {
                slots.put(slot.getKey(), new SlotMatch(slot.getKey(), span.spoken(),
                        new InteractionModel.SlotValue(span.value(), span.value(), List.of())));
            }
        }
        String intent = near.sample().intent();
        return new Scored(new Match(intent, slots, slotTypesOf(intent), near.fit(), near.sample().text()),
                near.score());
    }

    /** A time or length said within an utterance: its words, its type and value, and the utterance with it marked. */
    private record BuiltInSpan(String spoken, String type, String value, String marked) {
    }

    /**
     * For each built-in slot type the model uses, the longest run of words that says one of its values, with a number
     * or a time of day in it (a lone "a" is not "one o'clock"): "three" is a number of days as well as three o'clock.
     */
    private List<BuiltInSpan> builtInSpans(String text) {
        List<BuiltInSpan> spans = new ArrayList<>();
        String[] said = text.split(" ");
        for (String type : builtInTypes) {
            BuiltInSpan longest = null;
            int longestWords = 0;
            for (int from = 0; from < said.length; from++) {
                for (int to = said.length; to > from + longestWords; to--) {
                    String spoken = String.join(" ", Arrays.asList(said).subList(from, to));
                    if (!BuiltInSlotValues.saysANumberOrTime(language, spoken)) {
                        continue;
                    }
                    Optional<String> value = BuiltInSlotValues.valueOf(language, type, spoken);
                    if (value.isPresent()) {
                        List<String> marked = new ArrayList<>(Arrays.asList(said).subList(0, from));
                        marked.add(NearestSamples.placeholder(type));
                        marked.addAll(Arrays.asList(said).subList(to, said.length));
                        longest = new BuiltInSpan(spoken, type, value.get(), String.join(" ", marked));
                        longestWords = to - from;
                    }
                }
            }
            if (longest != null) {
                spans.add(longest);
            }
        }
        return spans;
    }

    /**
     * The longest value or synonym of the slot's type said within {@code spoken}, word for word in stems and with a
     * meaningful word, as a slot match that keeps all the words said, as Alexa hears them; null when none is.
     */
    private SlotMatch saidWithin(String intentName, String slotName, String spoken) {
        String typeName = slotTypesOf(intentName).get(slotName);
        InteractionModel.SlotType type = typeName == null ? null : model.slotTypes().get(typeName);
        if (type == null) {
            return null;
        }
        String stems = " " + String.join(" ", words.stems(canonicalForm(spoken))) + " ";
        SlotMatch longest = null;
        int longestLength = 0;
        for (InteractionModel.SlotValue value : type.values()) {
            for (String name : value.names()) {
                List<String> named = words.stems(canonicalForm(name));
                String joined = String.join(" ", named);
                if (joined.length() > longestLength && named.stream().anyMatch(words::isMeaningful)
                        && stems.contains(" " + joined + " ")) {
                    longest = new SlotMatch(slotName, spoken, value);
                    longestLength = joined.length();
                }
            }
        }
        return longest;
    }

    /**
     * Whether {@code utterance}, as said, is a way to say {@code intentName} the model or Alexa declares: one of its
     * samples, with every slot filled by one of its slot type's values or synonyms. No carrier word or wrapper is
     * left out here.
     */
    public boolean hasSample(String intentName, String utterance) {
        String text = canonicalForm(utterance);
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

    /**
     * The slot value {@code spoken} stands for, by name or synonym, or null when it is not one of them; for a built-in
     * type, the value Alexa would send.
     */
    public InteractionModel.SlotValue resolve(String intentName, String slotName, String spoken) {
        String typeName = slotTypesOf(intentName).get(slotName);
        if (BuiltInSlotValues.isBuiltIn(typeName)) {
            return BuiltInSlotValues.valueOf(language, typeName, spoken)
                    .map(value -> new InteractionModel.SlotValue(value, value, List.of())).orElse(null);
        }
        InteractionModel.SlotType type = typeName == null ? null : model.slotTypes().get(typeName);
        if (type == null) {
            return null;
        }
        String said = canonicalForm(spoken);
        for (InteractionModel.SlotValue value : type.values()) {
            if (value.names().stream().map(this::canonicalForm).anyMatch(said::equals)) {
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

    private Candidate compile(String intent, String sample, boolean declared) {
        Matcher slot = SLOT.matcher(sample);
        List<String> pieces = new ArrayList<>();
        List<String> slotNames = new ArrayList<>();
        List<String> stems = new ArrayList<>();
        int literal = 0;
        int last = 0;
        while (slot.find()) {
            literal += addLiteral(pieces, stems, sample.substring(last, slot.start()));
            pieces.add("(.+?)");
            slotNames.add(slot.group(1));
            stems.add("{" + slot.group(1) + "}");
            last = slot.end();
        }
        literal += addLiteral(pieces, stems, sample.substring(last));
        return new Candidate(new NearestSamples.Sample(intent, sample, List.copyOf(stems), literal),
                Pattern.compile(String.join(" ", pieces)), slotNames, declared);
    }

    private int addLiteral(List<String> pieces, List<String> stems, String text) {
        String canonical = canonicalForm(text);
        if (!canonical.isEmpty()) {
            pieces.add(Pattern.quote(canonical));
            stems.addAll(words.stems(canonical));
        }
        return canonical.length();
    }
}
