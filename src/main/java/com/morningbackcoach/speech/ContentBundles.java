package com.morningbackcoach.speech;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Content per locale, read from properties bundles: a key missing in a locale falls back to its language's base
 * bundle, and a locale the skill does not speak falls back to American English.
 */
public final class ContentBundles {

    public static final Locale DEFAULT_LOCALE = Locale.US;
    private static final ResourceBundle.Control FALL_BACK_TO_DEFAULT = new ResourceBundle.Control() {
        @Override
        public java.util.List<String> getFormats(String baseName) {
            return ResourceBundle.Control.FORMAT_PROPERTIES;
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return locale.equals(DEFAULT_LOCALE) ? null : DEFAULT_LOCALE;
        }
    };

    private ContentBundles() {
    }

    public static ResourceBundle forLocale(String baseName, Locale locale) {
        return ResourceBundle.getBundle(baseName, locale, FALL_BACK_TO_DEFAULT);
    }

    /** The locale of an Alexa locale tag such as {@code en-GB}; a missing tag means American English. */
    public static Locale localeOf(String tag) {
        return tag == null || tag.isBlank() ? DEFAULT_LOCALE : Locale.forLanguageTag(tag);
    }
}
