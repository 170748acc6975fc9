package com.morningbackcoach.speech;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The programme's words in every locale: at least four variants of each family, all different, fifteen tips of about
 * fifteen to twenty seconds each, and every key the coach and the handlers name.
 */
class ProgrammeWordsTest {

    private static final List<String> FAMILIES = List.of("greeting", "transition", "praise", "finish", "comeBack");
    private static final List<String> KEYS = List.of("tip.lead", "routine.short.reps", "routine.short.eachSide",
            "routine.short.hold", "routine.short.holdEachSide", "routine.short.say", "level.current",
            "level.current.gentle", "level.offer", "level.offer.reprompt", "level.up", "level.down", "level.top",
            "level.bottom", "level.afterBreak", "level.declined", "level.unreachable", "howItFelt.ask",
            "howItFelt.reprompt", "howItFelt.same", "howItFelt.notUnderstood", "week.progress", "week.goalMet",
            "week.lastWeek.met", "week.lastWeek.short", "week.lastWeek.none", "week.status", "week.unreachable",
            "goal.set", "goal.outOfRange", "goal.ask", "goal.ask.reprompt", "tips.off", "tips.on", "badday.start",
            "badday.advice", "badday.done");

    static List<String> numbered(ResourceBundle bundle, String prefix) {
        List<String> texts = new ArrayList<>();
        for (int n = 1; bundle.containsKey(prefix + n); n++) {
            texts.add(bundle.getString(prefix + n));
        }
        return texts;
    }

    private static ResourceBundle messages(String tag) {
        return ContentBundles.forLocale("speech.messages", Locale.forLanguageTag(tag));
    }

    @Test
    void everyFamily_shouldHaveAtLeastFourDifferentVariants_inEveryLocale() {
        for (String tag : ContentBundles.LOCALES) {
            for (String family : FAMILIES) {
                List<String> variants = numbered(messages(tag), "variety." + family + ".");
                assertThat(variants).as(tag + " " + family).hasSizeGreaterThanOrEqualTo(4).doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void tips_shouldBeFifteen_eachAboutFifteenToTwentySecondsSpoken_andAllDifferent() {
        for (String tag : ContentBundles.LOCALES) {
            List<String> tips = numbered(messages(tag), "tip.");
            assertThat(tips).as(tag).hasSize(15).doesNotHaveDuplicates();
            for (int i = 0; i < tips.size(); i++) {
                int words = Ssml.plain(tips.get(i)).trim().split("\\s+").length;
                assertThat(words).as("%s tip.%d words", tag, i + 1).isBetween(40, 56);
            }
        }
    }

    @Test
    void everyProgrammeKey_shouldBeSaidInEveryLocale_andFillItsPlaceholders() {
        for (String tag : ContentBundles.LOCALES) {
            Speech speech = Speech.forLocale(tag);
            for (String key : KEYS) {
                assertThat(messages(tag).containsKey(key)).as(tag + " " + key).isTrue();
                assertThat(speech.say(key, "seated dead bugs", 5)).as(tag + " " + key).doesNotContain("{", "}", "''");
            }
            assertThat(speech.say("level.offer", 2, 3)).as(tag).contains("2", "3");
            assertThat(speech.say("week.progress", 2, 5)).as(tag).contains("2", "5");
            assertThat(speech.say("routine.short.eachSide", "x", 6)).as(tag).contains("x", "6");
        }
    }

    @Test
    void apostrophes_shouldSurviveFormatting() {
        assertThat(Speech.forLocale("en-US").say("level.current", 2, 4)).isEqualTo("You're on level 2 of 4.");
        assertThat(Speech.forLocale("en-GB").say("variety.praise.4")).isEqualTo("Brilliant.");
    }

    @Test
    void spanishVariants_shouldDifferFromEnglish() {
        var english = new HashSet<>(numbered(messages("en-US"), "tip."));
        assertThat(numbered(messages("es-ES"), "tip.")).doesNotContainAnyElementsOf(english);
    }
}
