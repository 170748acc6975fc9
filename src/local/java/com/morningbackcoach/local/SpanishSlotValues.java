package com.morningbackcoach.local;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Alexa's {@code AMAZON.TIME} and {@code AMAZON.DURATION} make of a time or a length said in Spanish: "las siete"
 * is "07:00", "siete y media" "07:30", "ocho menos cuarto" "07:45", "seis de la tarde" "18:00", "por la mañana" "MO";
 * "cinco minutos" is "PT5M", "media hora" "PT30M", "un minuto y medio" "PT1M30S". Accents are optional, as in
 * {@link UtteranceMatcher#normalize normalized} text.
 */
final class SpanishSlotValues {

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("cero", 0), Map.entry("un", 1), Map.entry("uno", 1), Map.entry("una", 1), Map.entry("dos", 2),
            Map.entry("tres", 3), Map.entry("cuatro", 4), Map.entry("cinco", 5), Map.entry("seis", 6),
            Map.entry("siete", 7), Map.entry("ocho", 8), Map.entry("nueve", 9), Map.entry("diez", 10),
            Map.entry("once", 11), Map.entry("doce", 12), Map.entry("trece", 13), Map.entry("catorce", 14),
            Map.entry("quince", 15), Map.entry("dieciseis", 16), Map.entry("diecisiete", 17),
            Map.entry("dieciocho", 18), Map.entry("diecinueve", 19), Map.entry("veinte", 20),
            Map.entry("veintiun", 21), Map.entry("veintiuno", 21), Map.entry("veintiuna", 21),
            Map.entry("veintidos", 22), Map.entry("veintitres", 23), Map.entry("veinticuatro", 24),
            Map.entry("veinticinco", 25), Map.entry("veintiseis", 26), Map.entry("veintisiete", 27),
            Map.entry("veintiocho", 28), Map.entry("veintinueve", 29));
    private static final Map<String, Integer> TENS = Map.of("treinta", 30, "cuarenta", 40, "cincuenta", 50,
            "sesenta", 60, "setenta", 70, "ochenta", 80, "noventa", 90);
    /** Minutes said by name after "y" or "menos". */
    private static final Map<String, Integer> NAMED_MINUTES = Map.of("cuarto", 15, "media", 30);
    private static final Map<String, String> PARTS_OF_DAY = Map.ofEntries(
            Map.entry("por la manana", "MO"), Map.entry("en la manana", "MO"), Map.entry("la manana", "MO"),
            Map.entry("de manana", "MO"), Map.entry("temprano", "MO"), Map.entry("por la tarde", "AF"),
            Map.entry("en la tarde", "AF"), Map.entry("la tarde", "AF"), Map.entry("por la noche", "NI"),
            Map.entry("en la noche", "NI"), Map.entry("la noche", "NI"), Map.entry("esta noche", "NI"));
    private static final Pattern DIGITS_TIME = Pattern.compile("(\\d{1,2})(?::(\\d{2}))?");
    private static final Pattern UNIT = Pattern.compile("horas?|minutos?|segundos?");

    private SpanishSlotValues() {
    }

    /**
     * Whether {@code spoken} has a word that can only be part of a time or a length: a number in digits or words
     * (not "un", "una" or "uno", which are articles too, nor "once", which is an English word too, unless after "las"),
     * "mediodía", "medianoche" or a unit.
     */
    static boolean saysANumberOrTime(String spoken) {
        String[] words = plain(spoken).split(" ");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            boolean number = NUMBERS.containsKey(word) && !List.of("un", "una", "uno", "once").contains(word);
            boolean eleven = word.equals("once") && i > 0 && words[i - 1].equals("las");
            if (word.chars().anyMatch(Character::isDigit) || number || eleven || TENS.containsKey(word)
                    || word.equals("mediodia") || word.equals("medianoche") || UNIT.matcher(word).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The {@code AMAZON.TIME} value of a Spanish time of day; empty when it is none. */
    static Optional<String> time(String spoken) {
        String words = plain(spoken);
        if (PARTS_OF_DAY.containsKey(words)) {
            return Optional.of(PARTS_OF_DAY.get(words));
        }
        words = words.replaceFirst("^(a )?(las|la) ", "");
        if (words.equals("mediodia") || words.equals("medio dia")) {
            return Optional.of("12:00");
        }
        if (words.equals("medianoche") || words.equals("media noche")) {
            return Optional.of("00:00");
        }
        Period period = Period.NONE;
        for (Period candidate : Period.values()) {
            if (candidate != Period.NONE && words.endsWith(" " + candidate.words)) {
                period = candidate;
                words = words.substring(0, words.length() - candidate.words.length() - 1);
                break;
            }
        }
        words = words.replaceFirst(" en punto$", "").replaceFirst(" (horas|hrs)$", "");
        Optional<int[]> clock = clock(words);
        if (clock.isEmpty()) {
            return Optional.empty();
        }
        int hour = clock.get()[0];
        int minute = clock.get()[1];
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || (period != Period.NONE && hour > 12)) {
            return Optional.empty();
        }
        hour = period.hourOfDay(hour);
        return Optional.of(String.format("%02d:%02d", hour, minute));
    }

    /** The {@code AMAZON.DURATION} value of a Spanish length of time; empty when it is none. */
    static Optional<String> duration(String spoken) {
        String words = plain(spoken)
                .replaceAll("\\bmedia hora\\b", "treinta minutos")
                .replaceAll("\\bmedio minuto\\b", "treinta segundos")
                .replaceAll("\\b(un )?cuarto de hora\\b", "quince minutos")
                .replaceAll("\\btres cuartos de hora\\b", "cuarenta y cinco minutos");
        List<String> tokens = new ArrayList<>(List.of(words.split(" ")));
        if (tokens.size() >= 3 && tokens.get(0).matches("hora|minuto") && tokens.get(1).equals("y")
                && tokens.get(2).matches("medio|media")) {
            tokens.add(0, "un");
        }
        long seconds = 0;
        List<String> amount = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (!UNIT.matcher(token).matches()) {
                amount.add(token);
                continue;
            }
            if (!amount.isEmpty() && amount.get(0).equals("y")) {
                amount.remove(0);
            }
            OptionalInt count = number(String.join(" ", amount));
            if (count.isEmpty()) {
                return Optional.empty();
            }
            long perUnit = token.startsWith("hora") ? 3600 : token.startsWith("minuto") ? 60 : 1;
            seconds += count.getAsInt() * perUnit;
            amount.clear();
            if (i + 2 < tokens.size() && tokens.get(i + 1).equals("y") && tokens.get(i + 2).matches("medio|media")) {
                seconds += perUnit / 2;
                i += 2;
            }
        }
        if (!amount.isEmpty() || seconds == 0) {
            return Optional.empty();
        }
        return Optional.of(java.time.Duration.ofSeconds(seconds).toString());
    }

    /** Hour and minute of "siete", "siete y media", "ocho menos cuarto", "seis treinta", "seis y diez", "6:45". */
    private static Optional<int[]> clock(String words) {
        Matcher digits = DIGITS_TIME.matcher(words);
        if (digits.matches()) {
            return Optional.of(new int[] {Integer.parseInt(digits.group(1)),
                    digits.group(2) == null ? 0 : Integer.parseInt(digits.group(2))});
        }
        for (String link : List.of(" menos ", " y ")) {
            int at = words.indexOf(link);
            if (at > 0) {
                OptionalInt hour = number(words.substring(0, at));
                String minutesSaid = words.substring(at + link.length()).replaceFirst(" minutos?$", "");
                OptionalInt minutes = NAMED_MINUTES.containsKey(minutesSaid)
                        ? OptionalInt.of(NAMED_MINUTES.get(minutesSaid)) : number(minutesSaid);
                if (hour.isEmpty() || minutes.isEmpty() || minutes.getAsInt() == 0 || minutes.getAsInt() > 59) {
                    continue;
                }
                return Optional.of(link.equals(" menos ")
                        ? new int[] {hour.getAsInt() - 1, 60 - minutes.getAsInt()}
                        : new int[] {hour.getAsInt(), minutes.getAsInt()});
            }
        }
        String[] parts = words.split(" ", 2);
        OptionalInt hour = number(parts[0]);
        if (hour.isEmpty()) {
            return Optional.empty();
        }
        if (parts.length == 1) {
            return Optional.of(new int[] {hour.getAsInt(), 0});
        }
        OptionalInt minute = number(parts[1]);
        return minute.isEmpty() ? Optional.empty() : Optional.of(new int[] {hour.getAsInt(), minute.getAsInt()});
    }

    /** A whole number said in Spanish words ("siete", "veinticinco", "cuarenta y cinco") or digits. */
    static OptionalInt number(String words) {
        String said = plain(words);
        if (said.matches("\\d{1,4}")) {
            return OptionalInt.of(Integer.parseInt(said));
        }
        if (NUMBERS.containsKey(said)) {
            return OptionalInt.of(NUMBERS.get(said));
        }
        if (TENS.containsKey(said)) {
            return OptionalInt.of(TENS.get(said));
        }
        String[] parts = said.split(" ");
        if (parts.length == 3 && parts[1].equals("y") && TENS.containsKey(parts[0])) {
            Integer unit = NUMBERS.get(parts[2]);
            if (unit != null && unit > 0 && unit < 10) {
                return OptionalInt.of(TENS.get(parts[0]) + unit);
            }
        }
        return OptionalInt.empty();
    }

    /** Lower case, no accents, single spaces. */
    private static String plain(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("\\s+", " ").trim();
    }

    /** The part of the day said after a clock time, and the hour of the day it makes of it. */
    private enum Period {
        NONE(""),
        MORNING("de la manana"),
        EARLY("de la madrugada"),
        NOON("del mediodia"),
        AFTERNOON("de la tarde"),
        NIGHT("de la noche"),
        AM("a m"),
        AM_SHORT("am"),
        PM("p m"),
        PM_SHORT("pm");

        private final String words;

        Period(String words) {
            this.words = words;
        }

        int hourOfDay(int hour) {
            return switch (this) {
                case NONE -> hour;
                case MORNING, EARLY, AM, AM_SHORT -> hour == 12 ? 0 : hour;
                case NOON -> hour == 12 ? 12 : hour + 12;
                case AFTERNOON, PM, PM_SHORT -> hour < 12 ? hour + 12 : hour;
                case NIGHT -> hour == 12 ? 0 : hour < 5 ? hour : hour + 12;
            };
        }
    }
}
