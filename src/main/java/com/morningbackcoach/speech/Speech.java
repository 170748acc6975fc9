package com.morningbackcoach.speech;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Spoken texts for one locale, read from {@code speech/messages_<language>.properties} and the locale's own
 * {@code messages_<language>_<REGION>.properties} (see {@link ContentBundles}). Texts are {@link MessageFormat}
 * patterns formatted in the locale, so plurals ({@code {0,choice,1#a minute|1<{0} minutes}}), number formats and
 * how lists are joined live in each language's bundle, never in code; an apostrophe is always just an apostrophe.
 */
public final class Speech {

    private static final String BUNDLE = "speech.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Speech(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The texts for an Alexa locale tag such as {@code es-MX}; see {@link ContentBundles#localeOf} for others. */
    public static Speech forLocale(String localeTag) {
        Locale locale = ContentBundles.localeOf(localeTag);
        return new Speech(ContentBundles.forLocale(BUNDLE, locale), locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The text under {@code key}, formatted with the arguments. */
    public String say(String key, Object... args) {
        return format(bundle.getString(key), args);
    }

    /** Formats a pattern from any of this locale's bundles the same way. */
    public String format(String pattern, Object... args) {
        if (args.length == 0 && pattern.indexOf('{') < 0) {
            return pattern;
        }
        return new MessageFormat(pattern.replace("'", "''"), locale).format(args);
    }

    /**
     * Items joined as a spoken list by the language's list patterns, the shape CLDR gives them: {@code list.two} for
     * two items, and for more, {@code list.start} joins the first to the rest, {@code list.middle} each next one,
     * {@code list.end} the last two ("a, b and c", "a, b y c").
     */
    public String list(List<String> items) {
        return switch (items.size()) {
            case 0 -> "";
            case 1 -> items.get(0);
            case 2 -> say("list.two", items.get(0), items.get(1));
            default -> {
                String joined = say("list.end", items.get(items.size() - 2), items.get(items.size() - 1));
                for (int i = items.size() - 3; i >= 0; i--) {
                    joined = say(i == 0 ? "list.start" : "list.middle", items.get(i), joined);
                }
                yield joined;
            }
        };
    }

    public boolean has(String key) {
        try {
            bundle.getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }
}
