package com.morningbackcoach.local;

import com.morningbackcoach.faq.Faq;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Routes each locale's held-out corpus ({@code routing/<locale>.heldout.tsv}, never tuned on) through the console's
 * matcher against that locale's model, and prints how it fares against the goal: 95% of the lines meant for the skill
 * reach their target, and the fallback intent finds 80% of the lines outside it, with 80% of what it finds truly
 * outside. The goal is not reached yet for lines meant for the skill (80 to 87%) nor for en-IN's precision; the build
 * fails below the floors every locale held when the held-out corpora were first measured. A held-out line that the
 * tuned corpus of the language also has is left out, since it was seen.
 */
class HeldOutRoutingTest {

    static final double GOAL_IN_SCOPE = 0.95;
    static final double GOAL_OUT_OF_SCOPE = 0.80;
    static final double IN_SCOPE = 0.80;
    static final double OUT_OF_SCOPE_RECALL = 0.80;
    static final double OUT_OF_SCOPE_PRECISION = 0.70;
    /** A regional corpus is a few dozen lines, so one line is three or four points. */
    static final double REGIONAL_TUNED_IN_SCOPE = 0.85;
    static final double REGIONAL_OUT_OF_SCOPE = 0.80;
    /** A regional corpus has a dozen refusals, so one in-scope line refused costs eight points of precision. */
    static final double REGIONAL_PRECISION = 0.75;

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "en-GB", "en-CA", "en-AU", "en-IN", "es-US", "es-ES", "es-MX"})
    void heldOutLines_shouldReachTheSkillOrTheFallback(String locale) {
        String base = locale.startsWith("es") ? "es-US" : "en-US";
        RoutingCorpus corpus = RoutingCorpus.heldOut(locale).without(RoutingCorpus.forLocale(base))
                .without(RoutingCorpus.forLocale(locale));
        RoutingCorpus.Report report = corpus.route(InteractionModel.forLocale(locale),
                Faq.forLocale(Locale.forLanguageTag(locale)));
        System.out.println(locale + " held out: " + report.scopeFigures() + " (goal: in scope " + GOAL_IN_SCOPE
                + ", out of scope recall and precision " + GOAL_OUT_OF_SCOPE + ")");

        assertThat(report.outOfScopeCount()).isPositive();
        assertThat(report.inScopeRecall()).as(report.summary()).isGreaterThanOrEqualTo(IN_SCOPE);
        assertThat(report.outOfScopeRecall()).as(report.summary()).isGreaterThanOrEqualTo(OUT_OF_SCOPE_RECALL);
        assertThat(report.outOfScopePrecision()).as(report.summary()).isGreaterThanOrEqualTo(OUT_OF_SCOPE_PRECISION);
    }

    /**
     * Each regional locale's own tuned lines ({@code routing/<locale>.tsv}: "loo", "kip", "do the needful", "vale",
     * "órale"), against its derived model: what its overlay was tuned on, reported apart from the held-out figures.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en-GB", "en-CA", "en-AU", "en-IN", "es-ES", "es-MX"})
    void regionalTunedLines_shouldReachTheSkillOrTheFallback(String locale) {
        RoutingCorpus.Report report = RoutingCorpus.forLocale(locale).route(InteractionModel.forLocale(locale),
                Faq.forLocale(Locale.forLanguageTag(locale)));
        System.out.println(locale + " tuned: " + report.scopeFigures());

        assertThat(report.inScopeRecall()).as(report.summary()).isGreaterThanOrEqualTo(REGIONAL_TUNED_IN_SCOPE);
        assertThat(report.outOfScopeRecall()).as(report.summary()).isGreaterThanOrEqualTo(REGIONAL_OUT_OF_SCOPE);
        assertThat(report.outOfScopePrecision()).as(report.summary()).isGreaterThanOrEqualTo(REGIONAL_PRECISION);
    }
}
