package com.morningbackcoach.speech;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Content per locale, read from properties bundles. Each language has a base bundle with every text
 * ({@code messages_en}, {@code messages_es}) and each locale a small bundle with only what it says differently
 * ({@code messages_en_GB}: spelling, words, its emergency number). A key missing in a locale's bundle is read from
 * its language's base, never from another language. A request in a locale the skill does not speak is answered in
 * the first locale of its language, or in American English.
 */
public final class ContentBundles {

    public static final Locale DEFAULT_LOCALE = Locale.US;
    /** The locales the skill speaks, as Alexa names them; the first of each language stands in for its other regions. */
    public static final List<String> LOCALES =
            List.of("en-US", "en-GB", "en-CA", "en-AU", "en-IN", "es-US", "es-ES", "es-MX");

    private static final ResourceBundle.Control LANGUAGE_THEN_NOTHING = new ResourceBundle.Control() {
        @Override
        public List<String> getFormats(String baseName) {
            return ResourceBundle.Control.FORMAT_PROPERTIES;
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    };

    private ContentBundles() {
    }

    /** The bundle {@code baseName} for {@code locale}, falling back key by key to the language's base bundle. */
    public static ResourceBundle forLocale(String baseName, Locale locale) {
        return ResourceBundle.getBundle(baseName, supported(locale), LANGUAGE_THEN_NOTHING);
    }

    /** The locale of an Alexa locale tag such as {@code en-GB}, brought to one the skill speaks. */
    public static Locale localeOf(String tag) {
        return tag == null || tag.isBlank() ? DEFAULT_LOCALE : supported(Locale.forLanguageTag(tag));
    }

    /** {@code locale} if the skill speaks it; else the first spoken locale of its language; else American English. */
    public static Locale supported(Locale locale) {
        String tag = locale.toLanguageTag();
        if (LOCALES.contains(tag)) {
            return locale;
        }
        return LOCALES.stream().filter(l -> l.startsWith(locale.getLanguage() + "-")).findFirst()
                .map(Locale::forLanguageTag).orElse(DEFAULT_LOCALE);
    }
}
