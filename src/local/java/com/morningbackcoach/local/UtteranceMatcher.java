package com.morningbackcoach.local;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a typed utterance to an intent and slots the way Alexa would for this skill's model: sample utterances
 * with their slots, custom slot values and synonyms (entity resolution), and the common built-in intent phrases.
 */
public final class UtteranceMatcher {

    public static final String FALLBACK = "AMAZON.FallbackIntent";
    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");

    /** A resolved slot: what was said, and the slot type value it resolved to, if any. */
    public record SlotMatch(String name, String spoken, InteractionModel.SlotValue resolved) {
        public Optional<InteractionModel.SlotValue> resolution() {
            return Optional.ofNullable(resolved);
        }
    }

    /** A resolved utterance. */
    public record Match(String intent, Map<String, SlotMatch> slots, Map<String, String> slotTypes) {
    }

    private record Candidate(String intent, String sample, Pattern pattern, List<String> slotNames, int literalLength) {
    }

    private final InteractionModel model;
    private final List<Candidate> candidates = new ArrayList<>();

    public UtteranceMatcher(InteractionModel model) {
        this.model = model;
        for (InteractionModel.Intent intent : model.intents()) {
            List<String> samples = new ArrayList<>(intent.samples());
            if (intent.name().startsWith("AMAZON.")) {
                samples.addAll(BuiltInPhrases.of(intent.name()));
            }
            samples.forEach(sample -> candidates.add(compile(intent.name(), sample)));
        }
        candidates.sort(Comparator.comparingInt(Candidate::literalLength).reversed());
    }

    public static String normalize(String utterance) {
        return utterance.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'')
                .replaceAll("[^a-z0-9' ]", " ")
                .replaceAll("\\s+", " ")
                .trim();
    }

    /** The best intent for {@code utterance}; the fallback intent when nothing fits. */
    public Match match(String utterance) {
        String text = normalize(utterance);
        Match best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Candidate candidate : candidates) {
            Matcher matcher = candidate.pattern().matcher(text);
            if (!matcher.matches()) {
                continue;
            }
            Map<String, SlotMatch> slots = new LinkedHashMap<>();
            int resolvedCount = 0;
            for (int i = 0; i < candidate.slotNames().size(); i++) {
                String slotName = candidate.slotNames().get(i);
                String spoken = matcher.group(i + 1).trim();
                InteractionModel.SlotValue resolved = resolve(candidate.intent(), slotName, spoken);
                resolvedCount += resolved == null ? 0 : 1;
                slots.put(slotName, new SlotMatch(slotName, spoken, resolved));
            }
            int score = candidate.literalLength() * 10 + resolvedCount * 1000;
            if (score > bestScore) {
                bestScore = score;
                best = new Match(candidate.intent(), slots, slotTypesOf(candidate.intent()));
            }
        }
        return best != null ? best : new Match(FALLBACK, Map.of(), Map.of());
    }

    /** The slot value {@code spoken} stands for, by name or synonym, or null when it is not one of them. */
    public InteractionModel.SlotValue resolve(String intentName, String slotName, String spoken) {
        String typeName = slotTypesOf(intentName).get(slotName);
        InteractionModel.SlotType type = typeName == null ? null : model.slotTypes().get(typeName);
        if (type == null) {
            return null;
        }
        String said = normalize(spoken);
        for (InteractionModel.SlotValue value : type.values()) {
            if (normalize(value.name()).equals(said)
                    || value.synonyms().stream().map(UtteranceMatcher::normalize).anyMatch(said::equals)) {
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

    private static Candidate compile(String intent, String sample) {
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
        return new Candidate(intent, sample, Pattern.compile(String.join(" ", pieces)), slotNames, literal);
    }

    private static int addLiteral(List<String> pieces, String text) {
        String words = normalize(text);
        if (!words.isEmpty()) {
            pieces.add(Pattern.quote(words));
        }
        return words.length();
    }
}
