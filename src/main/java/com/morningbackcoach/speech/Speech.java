package com.morningbackcoach.speech;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Spoken texts for one locale, read from {@code speech/messages_<locale>.properties}. */
public final class Speech {

    public static final Locale DEFAULT_LOCALE = Locale.US;
    private static final String BUNDLE = "speech.messages";
    private static final ResourceBundle.Control FALL_BACK_TO_DEFAULT = new ResourceBundle.Control() {
        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return locale.equals(DEFAULT_LOCALE) ? null : DEFAULT_LOCALE;
        }
    };

    private final ResourceBundle bundle;

    private Speech(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The texts for an Alexa locale tag such as {@code en-US}; unknown locales speak American English. */
    public static Speech forLocale(String localeTag) {
        Locale locale = localeTag == null || localeTag.isBlank() ? DEFAULT_LOCALE : Locale.forLanguageTag(localeTag);
        return new Speech(ResourceBundle.getBundle(BUNDLE, locale, FALL_BACK_TO_DEFAULT));
    }

    /** The text under {@code key}, with {@code {0}}, {@code {1}}... replaced by the arguments in order. */
    public String say(String key, Object... args) {
        String text = bundle.getString(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
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
