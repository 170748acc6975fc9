package com.morningbackcoach.local;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Alexa's built-in slot types make of spoken words, for the slots this skill uses: {@code AMAZON.TIME} gives
 * "07:30" (or "MO" for "in the morning"), {@code AMAZON.DURATION} gives "PT5M", {@code AMAZON.NUMBER} gives "4". Covers the ways a time or a length is
 * said in English, and in Spanish ({@link SpanishSlotValues}); anything else is not a value.
 */
final class BuiltInSlotValues {

    static final String TIME = "AMAZON.TIME";
    static final String DURATION = "AMAZON.DURATION";
    static final String NUMBER = "AMAZON.NUMBER";

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("oh", 0), Map.entry("one", 1), Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final Map<String, String> PARTS_OF_DAY = Map.of("morning", "MO", "in the morning", "MO",
            "the morning", "MO", "afternoon", "AF", "in the afternoon", "AF", "evening", "EV", "in the evening", "EV",
            "night", "NI", "at night", "NI", "tonight", "NI");
    /** Words said after a time, and whether they put it after noon; longer ones first. */
    private static final Map<String, Boolean> SUFFIXES = orderedSuffixes();
    private static final Pattern DIGITS_TIME = Pattern.compile("(\\d{1,2})(?::(\\d{2}))?");
    private static final Pattern DURATION_UNIT = Pattern.compile("(.+?) (hours?|minutes?|seconds?)");

    private BuiltInSlotValues() {
    }

    static boolean isBuiltIn(String type) {
        return TIME.equals(type) || DURATION.equals(type) || NUMBER.equals(type);
    }

    /**
     * Whether {@code spoken} has a word that can only be part of a time or a length: a number (not "a", "an" or
     * "oh", which are other words too), "half", "quarter", "noon", "midnight" or a unit; in Spanish, see
     * {@link SpanishSlotValues#saysANumberOrTime}.
     */
    static boolean saysANumberOrTime(MatcherLanguage language, String spoken) {
        return language == MatcherLanguage.SPANISH ? SpanishSlotValues.saysANumberOrTime(spoken)
                : saysANumberOrTimeInEnglish(spoken);
    }

    private static boolean saysANumberOrTimeInEnglish(String spoken) {
        for (String word : spoken.split(" ")) {
            if (word.chars().anyMatch(Character::isDigit) || TENS.containsKey(word)
                    || UNITS.containsKey(word) && !List.of("a", "an", "oh").contains(word)
                    || List.of("half", "quarter", "noon", "midday", "midnight").contains(word)
                    || word.matches("(hour|minute|second)s?")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The value Alexa would send for {@code spoken} in a slot of {@code type} in a locale of {@code language}; empty
     * when it would send none.
     */
    static Optional<String> valueOf(MatcherLanguage language, String type, String spoken) {
        if (language == MatcherLanguage.SPANISH) {
            return TIME.equals(type) ? SpanishSlotValues.time(spoken)
                    : DURATION.equals(type) ? SpanishSlotValues.duration(spoken)
                    : NUMBER.equals(type) ? whole(SpanishSlotValues.number(spoken)) : Optional.empty();
        }
        return english(type, spoken);
    }

    private static Optional<String> english(String type, String spoken) {
        String words = spoken.trim().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        if (TIME.equals(type)) {
            return time(words);
        }
        if (DURATION.equals(type)) {
            return duration(words);
        }
        if (NUMBER.equals(type)) {
            return whole(number(words));
        }
        return Optional.empty();
    }

    /** {@code AMAZON.NUMBER}'s value: the number in digits. */
    private static Optional<String> whole(OptionalInt number) {
        return number.isPresent() ? Optional.of(Integer.toString(number.getAsInt())) : Optional.empty();
    }

    private static Optional<String> time(String words) {
        if (PARTS_OF_DAY.containsKey(words)) {
            return Optional.of(PARTS_OF_DAY.get(words));
        }
        if (words.equals("noon") || words.equals("midday")) {
            return Optional.of("12:00");
        }
        if (words.equals("midnight")) {
            return Optional.of("00:00");
        }
        boolean afternoon = false;
        String rest = words;
        for (Map.Entry<String, Boolean> suffix : SUFFIXES.entrySet()) {
            if (rest.endsWith(suffix.getKey())) {
                afternoon |= suffix.getValue();
                rest = rest.substring(0, rest.length() - suffix.getKey().length());
            }
        }
        Optional<int[]> clock = clock(rest);
        if (clock.isEmpty()) {
            return Optional.empty();
        }
        int hour = clock.get()[0];
        int minute = clock.get()[1];
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
            return Optional.empty();
        }
        if (afternoon && hour < 12) {
            hour += 12;
        }
        return Optional.of(String.format("%02d:%02d", hour, minute));
    }

    /** Hour and minute of "seven", "six thirty", "half past six", "half six", "quarter to seven", "6:45". */
    private static Optional<int[]> clock(String words) {
        Matcher digits = DIGITS_TIME.matcher(words);
        if (digits.matches()) {
            return Optional.of(new int[] {Integer.parseInt(digits.group(1)),
                    digits.group(2) == null ? 0 : Integer.parseInt(digits.group(2))});
        }
        for (String link : List.of(" past ", " after ", " to ", " till ", " before ")) {
            int at = words.indexOf(link);
            if (at > 0) {
                String minutesPart = words.substring(0, at).replaceFirst(" minutes?$", "");
                OptionalInt minutes = minutesPart.equals("half") ? OptionalInt.of(30)
                        : minutesPart.equals("quarter") || minutesPart.equals("a quarter") ? OptionalInt.of(15)
                        : number(minutesPart);
                OptionalInt hour = number(words.substring(at + link.length()));
                if (minutes.isEmpty() || hour.isEmpty()) {
                    return Optional.empty();
                }
                boolean before = link.equals(" to ") || link.equals(" till ") || link.equals(" before ");
                return Optional.of(before ? new int[] {hour.getAsInt() - 1, 60 - minutes.getAsInt()}
                        : new int[] {hour.getAsInt(), minutes.getAsInt()});
            }
        }
        if (words.startsWith("half ") && number(words.substring(5)).isPresent()) {
            return Optional.of(new int[] {number(words.substring(5)).getAsInt(), 30});
        }
        String[] parts = words.split(" ");
        OptionalInt hour = List.of("a", "an", "oh").contains(parts[0]) ? OptionalInt.empty() : number(parts[0]);
        if (hour.isEmpty()) {
            return Optional.empty();
        }
        if (parts.length == 1) {
            return Optional.of(new int[] {hour.getAsInt(), 0});
        }
        OptionalInt minute = number(String.join(" ", Arrays.copyOfRange(parts, 1, parts.length)));
        return minute.isEmpty() ? Optional.empty() : Optional.of(new int[] {hour.getAsInt(), minute.getAsInt()});
    }

    /** "five minutes", "thirty seconds", "a minute and a half", "two and a half minutes", "one minute thirty". */
    private static Optional<String> duration(String words) {
        String text = words.replace(" and a half ", " and half ").replace("a minute and a half", "one and half minutes")
                .replace("an hour and a half", "one and half hours");
        List<String> pieces = new ArrayList<>(List.of(text.split(" and (?!half)")));
        long seconds = 0;
        for (String piece : pieces) {
            Matcher unit = DURATION_UNIT.matcher(piece.trim());
            if (!unit.matches()) {
                return Optional.empty();
            }
            String amount = unit.group(1);
            boolean half = amount.endsWith(" and half");
            OptionalInt whole = number(half ? amount.substring(0, amount.length() - " and half".length()) : amount);
            if (whole.isEmpty()) {
                return Optional.empty();
            }
            long perUnit = unit.group(2).startsWith("hour") ? 3600 : unit.group(2).startsWith("minute") ? 60 : 1;
            seconds += whole.getAsInt() * perUnit + (half ? perUnit / 2 : 0);
        }
        return seconds == 0 ? Optional.empty() : Optional.of(java.time.Duration.ofSeconds(seconds).toString());
    }

    private static Map<String, Boolean> orderedSuffixes() {
        Map<String, Boolean> suffixes = new java.util.LinkedHashMap<>();
        suffixes.put(" in the morning", false);
        suffixes.put(" in the afternoon", true);
        suffixes.put(" in the evening", true);
        suffixes.put(" at night", true);
        suffixes.put(" a m", false);
        suffixes.put(" am", false);
        suffixes.put(" p m", true);
        suffixes.put(" pm", true);
        suffixes.put(" o'clock", false);
        suffixes.put(" oclock", false);
        return suffixes;
    }

    /** A whole number said in words ("forty five", "oh five", "a") or digits. */
    static OptionalInt number(String words) {
        if (words.matches("\\d{1,4}")) {
            return OptionalInt.of(Integer.parseInt(words));
        }
        String[] parts = words.split(" ");
        if (parts.length == 1) {
            Integer unit = UNITS.get(parts[0]);
            Integer tens = TENS.get(parts[0]);
            return unit != null ? OptionalInt.of(unit) : tens != null ? OptionalInt.of(tens) : OptionalInt.empty();
        }
        if (parts.length == 2) {
            Integer tens = TENS.get(parts[0]);
            Integer unit = UNITS.get(parts[1]);
            if (tens != null && unit != null && unit > 0 && unit < 10 && !parts[1].equals("a")) {
                return OptionalInt.of(tens + unit);
            }
            if (parts[0].equals("oh") && unit != null && unit < 10) {
                return OptionalInt.of(unit);
            }
        }
        return OptionalInt.empty();
    }
}
