package com.morningbackcoach.speech;

import com.morningbackcoach.testing.SsmlCheck;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The content bundles of every locale are in step: each language's base bundle has every key, a locale's bundle holds
 * only keys of its base (plus its emergency number), every locale resolves every key in its own language, every text
 * is SSML Alexa can speak, and every locale names its own emergency number.
 */
class ContentLocalesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final List<String> BUNDLES = List.of("speech/messages", "routine/morning", "routine/badday", "faq/answers");
    private static final List<String> LANGUAGES = List.of("en", "es");
    /** Keys each locale must say for itself, never inherited from a base bundle shared with other countries. */
    private static final Set<String> LOCALE_ONLY = Set.of("emergency.number");
    private static final Map<String, String> EMERGENCY_NUMBERS = Map.of("en-US", "911", "en-CA", "911", "en-GB", "999",
            "en-AU", "000", "en-IN", "112", "es-US", "911", "es-MX", "911", "es-ES", "112");

    static Properties properties(Path file) {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static Path file(String bundle, String suffix) {
        return RESOURCES.resolve(bundle + "_" + suffix + ".properties");
    }

    private static Set<String> keys(Path file) {
        return new TreeSet<>(properties(file).stringPropertyNames());
    }

    @Test
    void everyLanguageBase_shouldHaveTheSameKeys_andNoLocaleOnlyKey() {
        for (String bundle : BUNDLES) {
            Set<String> english = keys(file(bundle, "en"));
            assertThat(english).as(bundle).isNotEmpty().doesNotContainAnyElementsOf(LOCALE_ONLY);
            for (String language : LANGUAGES) {
                assertThat(keys(file(bundle, language))).as(bundle + "_" + language).isEqualTo(english);
            }
        }
    }

    @Test
    void everyLocaleBundle_shouldOnlyHoldKeysOfItsBase_andSaySomethingDifferent() throws IOException {
        List<Path> localeFiles = new ArrayList<>();
        for (String bundle : BUNDLES) {
            Path folder = RESOURCES.resolve(bundle).getParent();
            String prefix = RESOURCES.resolve(bundle).getFileName() + "_";
            try (var files = Files.list(folder)) {
                files.filter(f -> f.getFileName().toString().matches(prefix + "[a-z]{2}_[A-Z]{2}\\.properties"))
                        .forEach(localeFiles::add);
            }
        }
        assertThat(localeFiles).hasSizeGreaterThanOrEqualTo(ContentBundles.LOCALES.size());
        for (Path file : localeFiles) {
            String name = file.getFileName().toString();
            String language = name.replaceAll(".*_([a-z]{2})_[A-Z]{2}\\.properties", "$1");
            Properties base = properties(file.resolveSibling(name.replaceAll("_[A-Z]{2}\\.properties", ".properties")));
            Properties own = properties(file);
            assertThat(LANGUAGES).as(name).contains(language);
            for (String key : own.stringPropertyNames()) {
                if (LOCALE_ONLY.contains(key)) {
                    continue;
                }
                assertThat(base.stringPropertyNames()).as(name + " key " + key + " exists in its base").contains(key);
                assertThat(own.getProperty(key)).as(name + " " + key + " differs from its base")
                        .isNotEqualTo(base.getProperty(key));
            }
        }
    }

    @TestFactory
    List<DynamicTest> everyLocale_shouldResolveEveryKey_inItsOwnLanguage_asSpeakableSsml() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String tag : ContentBundles.LOCALES) {
            Locale locale = Locale.forLanguageTag(tag);
            for (String bundle : BUNDLES) {
                tests.add(DynamicTest.dynamicTest(tag + " " + bundle, () -> {
                    ResourceBundle resolved = ContentBundles.forLocale(bundle.replace('/', '.'), locale);
                    Set<String> expected = new TreeSet<>(keys(file(bundle, locale.getLanguage())));
                    if (bundle.equals("speech/messages")) {
                        expected.addAll(LOCALE_ONLY);
                    }
                    assertThat(new TreeSet<>(Collections.list(resolved.getKeys()))).isEqualTo(expected);
                    Speech speech = Speech.forLocale(tag);
                    for (String key : expected) {
                        String text = resolved.getString(key);
                        assertThat(text).as(key).isNotBlank();
                        String spoken = speech.format(text, 1, 2, 3, 4);
                        SsmlCheck.assertValidSsml("<speak>" + spoken + "</speak>");
                    }
                }));
            }
        }
        return tests;
    }

    @Test
    void everyLocale_shouldNameItsOwnEmergencyNumber() {
        assertThat(EMERGENCY_NUMBERS.keySet()).containsExactlyInAnyOrderElementsOf(ContentBundles.LOCALES);
        EMERGENCY_NUMBERS.forEach((tag, number) -> {
            assertThat(properties(file("speech/messages", tag.replace('-', '_')))).as(tag).containsKey("emergency.number");
            Speech speech = Speech.forLocale(tag);
            assertThat(Ssml.plain(speech.say("emergency.number"))).as(tag).isEqualTo(number);
            assertThat(Ssml.plain(speech.say("pain.urgentNow", speech.say("emergency.number")))).as(tag).contains(number);
        });
    }

    @Test
    void aKeyMissingInALocale_shouldComeFromItsLanguage_andAnUnknownLocaleFromItsLanguagesFirstLocale() {
        assertThat(Speech.forLocale("en-GB").say("launch.new")).isEqualTo(Speech.forLocale("en-US").say("launch.new"));
        assertThat(Speech.forLocale("es-ES").say("launch.new")).isEqualTo(Speech.forLocale("es-US").say("launch.new"))
                .startsWith("Buenos días");
        assertThat(Speech.forLocale("es-AR").locale()).isEqualTo(Locale.forLanguageTag("es-US"));
        assertThat(Speech.forLocale("fr-FR").locale()).isEqualTo(Locale.US);
        assertThat(Speech.forLocale(null).locale()).isEqualTo(Locale.US);
        assertThat(Speech.forLocale("es-AR").say("emergency.number")).contains("911");
    }

    @Test
    void lists_shouldBeJoinedByTheirLanguagesPatterns() {
        assertThat(Speech.forLocale("en-GB").list(List.of("a", "b", "c"))).isEqualTo("a, b, and c");
        assertThat(Speech.forLocale("en-US").list(List.of("a", "b"))).isEqualTo("a and b");
        assertThat(Speech.forLocale("es-MX").list(List.of("a", "b", "c", "d"))).isEqualTo("a, b, c y d");
        assertThat(Speech.forLocale("es-ES").list(List.of("a", "b"))).isEqualTo("a y b");
    }

    /** Spanish "y" becomes "e" before an i sound; the items the skill lists never start with one, so "y" holds. */
    @Test
    void spanishListItems_shouldNotStartWithAnISound() {
        for (String tag : ContentBundles.LOCALES.stream().filter(t -> t.startsWith("es")).toList()) {
            ResourceBundle messages = ContentBundles.forLocale("speech.messages", Locale.forLanguageTag(tag));
            ResourceBundle answers = ContentBundles.forLocale("faq.answers", Locale.forLanguageTag(tag));
            List<String> items = new ArrayList<>();
            for (int i = 1; i <= 7; i++) {
                items.add(messages.getString("check.label." + i));
            }
            for (String topic : answers.getString("topics").split(",")) {
                items.add(answers.getString(topic + ".title"));
            }
            assertThat(items).as(tag).noneMatch(item -> item.toLowerCase(Locale.ROOT).matches("^(h?[ií]|y[^aeiouáéíóú]).*"));
        }
    }
}
