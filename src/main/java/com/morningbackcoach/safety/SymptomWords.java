package com.morningbackcoach.safety;

import com.morningbackcoach.speech.ContentBundles;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of each pain sign in one language, read from {@code safety/signs_<language>.properties} (a region adds its
 * own words under {@code <SIGN>.more}), to find a symptom in whatever a user said. The most urgent sign found wins; a
 * word right after a negation ("it doesn't hurt") is not a symptom.
 */
public final class SymptomWords {

    /** The order signs are looked for: urgent ones first, a leg that gives way before the rest. */
    static final List<PainSign> BY_URGENCY = List.of(
            PainSign.SUDDEN_WEAKNESS, PainSign.GROIN_NUMB, PainSign.BLADDER_BOWEL, PainSign.AFTER_FALL,
            PainSign.NUMB, PainSign.WEAK, PainSign.SHOOTING, PainSign.TINGLING, PainSign.SWELLING, PainSign.LOCKING,
            PainSign.SHARP, PainSign.PAIN);
    private static final String BASE_NAME = "safety/signs";
    private static final Map<Locale, SymptomWords> BY_LOCALE = new ConcurrentHashMap<>();

    private final Map<PainSign, Pattern> signs;
    private final Pattern ignored;
    private final Set<String> negations;
    private final Set<String> stillSaid;

    private SymptomWords(ResourceBundle bundle) {
        Map<PainSign, Pattern> patterns = new EnumMap<>(PainSign.class);
        for (PainSign sign : PainSign.values()) {
            String key = sign.name() + ".more";
            String more = bundle.containsKey(key) ? ";" + bundle.getString(key) : "";
            patterns.put(sign, phrases(bundle.getString(sign.name()) + more));
        }
        this.signs = patterns;
        this.ignored = phrases(bundle.getString("ignore"));
        this.negations = words(bundle.getString("negations"));
        this.stillSaid = words(bundle.getString("stillSaid"));
    }

    /** The words of {@code locale}'s language, with what its region says differently. */
    public static SymptomWords forLocale(Locale locale) {
        return BY_LOCALE.computeIfAbsent(ContentBundles.supported(locale),
                supported -> new SymptomWords(ContentBundles.forLocale(BASE_NAME, supported)));
    }

    /** The most urgent sign in {@code said}, if it names any. */
    public Optional<PainSign> signIn(String said) {
        if (said == null || said.isBlank()) {
            return Optional.empty();
        }
        String words = ignored.matcher(normalize(said)).replaceAll(" ");
        for (PainSign sign : BY_URGENCY) {
            Matcher matcher = signs.get(sign).matcher(words);
            while (matcher.find()) {
                if (!negated(words, matcher.start(), sign)) {
                    return Optional.of(sign);
                }
            }
        }
        return Optional.empty();
    }

    /** The more urgent of two signs; on a tie, the one looked for first. */
    public static PainSign moreUrgent(PainSign one, PainSign other) {
        return BY_URGENCY.indexOf(one) <= BY_URGENCY.indexOf(other) ? one : other;
    }

    /**
     * Whether one of the two words before {@code start} negates what follows: "it doesn't hurt", "no me duele". A
     * negation that says a sign itself ("no puedo orinar", "not able to feel") still names any sign but plain pain.
     */
    private boolean negated(String words, int start, PainSign sign) {
        String[] before = words.substring(0, start).trim().split(" ");
        String[] from = words.substring(start).trim().split(" ");
        for (int i = Math.max(0, before.length - 2); i < before.length; i++) {
            if (negations.contains(before[i])) {
                String next = i + 1 < before.length ? before[i + 1] : from[0];
                return !(stillSaid.contains(next) && sign.urgency() != PainSign.Urgency.ASK);
            }
        }
        return false;
    }

    private static Set<String> words(String list) {
        return Set.copyOf(List.of(list.trim().split("\\s*;\\s*")));
    }

    /** Lowercase words without accents or punctuation, one space apart. */
    static String normalize(String text) {
        String plain = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("['’]", "");
        return " " + plain.replaceAll("[^\\p{L}\\p{N}]+", " ").trim() + " ";
    }

    /** Phrases separated by {@code ;}, matched as whole words; a {@code *} at a word's end takes any ending. */
    private static Pattern phrases(String list) {
        List<String> alternatives = new ArrayList<>();
        for (String phrase : list.split(";")) {
            String words = normalize(phrase.replace("*", "STEMMARK")).trim();
            if (!words.isEmpty()) {
                alternatives.add(Pattern.quote(words).replace("STEMMARK", "\\E\\p{L}*\\Q")
                        .replace("stemmark", "\\E\\p{L}*\\Q"));
            }
        }
        if (alternatives.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        return Pattern.compile("(?<= )(?:" + String.join("|", alternatives) + ")(?= )");
    }
}
