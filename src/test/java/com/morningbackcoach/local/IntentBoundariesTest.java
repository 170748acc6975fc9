package com.morningbackcoach.local;

import com.morningbackcoach.faq.Faq;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where one intent ends and the next begins, in the console's matcher and the model it reads: a negation is a no, a
 * request for less time is shorter holds, a quick one is the shorter routine, "skip" is skipping, stopping the routine
 * is stop, a reminder is set only when asked for one, and an alarm is not a reminder; how the last morning felt beside
 * what to do next time is what to do, a timer or music for something else is left to Alexa, and a pinch, a spasm, a
 * cramp, a throb or a zap in the back is pain, never a change to the routine, while feeling better is no pain.
 */
class IntentBoundariesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en-US|not now|AMAZON.NoIntent",
            "en-US|no thanks|AMAZON.NoIntent",
            "en-US|not right now|AMAZON.NoIntent",
            "en-US|no, that's it|AMAZON.NoIntent",
            "en-US|less time|AdjustRoutineIntent:change=SHORTER_HOLDS",
            "en-US|don't make me hold so long|AdjustRoutineIntent:change=SHORTER_HOLDS",
            "en-US|quick|AdjustRoutineIntent:change=SHORTER_ROUTINE",
            "en-US|short|AdjustRoutineIntent:change=SHORTER_ROUTINE",
            "en-US|let's do a quick one|AdjustRoutineIntent:change=SHORTER_ROUTINE",
            "en-US|slow|AdjustRoutineIntent:change=SLOWER",
            "en-US|skip|SkipStepIntent",
            "en-US|let's do my morning stretches|StartRoutineIntent",
            "en-US|stop the routine|AMAZON.StopIntent",
            "en-US|that's it for today|AMAZON.StopIntent",
            "en-US|remind me every morning to do my stretches|SetReminderIntent",
            "en-US|set an alarm for six|AMAZON.FallbackIntent",
            "es-US|ahorita no|AMAZON.NoIntent",
            "es-US|no gracias|AMAZON.NoIntent",
            "es-US|menos tiempo|AdjustRoutineIntent:change=SHORTER_HOLDS",
            "es-US|sostener menos tiempo|AdjustRoutineIntent:change=SHORTER_HOLDS",
            "es-US|rápida|AdjustRoutineIntent:change=SHORTER_ROUTINE",
            "es-US|una rutina rápida|AdjustRoutineIntent:change=SHORTER_ROUTINE",
            "es-US|despacio|AdjustRoutineIntent:change=SLOWER",
            "es-US|sáltalo|SkipStepIntent",
            "es-US|detén la rutina|AMAZON.StopIntent",
            "es-US|es todo por hoy|AMAZON.StopIntent",
            "es-US|recuérdame cada mañana hacer mis estiramientos|SetReminderIntent",
            "es-US|pon una alarma a las seis|AMAZON.FallbackIntent",
            "es-US|qué hora es|AMAZON.FallbackIntent",
            "en-US|that was too easy harder next time|AdjustRoutineIntent:change=HARDER",
            "en-US|that was too hard easier next time please|AdjustRoutineIntent:change=EASIER",
            "es-MX|estuvo facilito la próxima más pesado|AdjustRoutineIntent:change=HARDER",
            "en-US|set a timer for five minutes for the eggs|AMAZON.FallbackIntent",
            "es-US|pon un temporizador de diez minutos para el arroz|AMAZON.FallbackIntent",
            "es-MX|ponme música tranquila|AMAZON.FallbackIntent",
            "en-US|oof that pinches a bit in my lower back|PainIntent",
            "en-US|ugh my back's gone into spasm|PainIntent",
            "en-GB|got a nasty cramp in my back|PainIntent",
            "en-US|my lower back is throbbing this morning|PainIntent",
            "es-MX|ay me dio un calambre feo en la espalda|PainIntent",
            "es-US|tengo un espasmo en la espalda baja|PainIntent",
            "en-US|it zaps down the back of my leg|PainIntent:symptom=SHOOTING",
            "en-GB|blimey that didn't half hurt|PainIntent",
            "es-US|desde ayer me siento mejor|AMAZON.FallbackIntent"})
    void eachBoundaryPhrase_shouldReachItsIntent(String locale, String said, String target) {
        UtteranceMatcher.Match match = new UtteranceMatcher(InteractionModel.forLocale(locale)).match(said);

        assertThat(RoutingCorpus.reaches(match, RoutingCorpus.Target.parse(target),
                Faq.forLocale(Locale.forLanguageTag(locale))))
                .as("\"%s\" -> %s %s (%s), expected %s", said, match.intent(), match.slots(), match.sample(), target)
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "es-US"})
    void backUpOne_shouldNeverSetAReminder(String locale) {
        String said = locale.startsWith("es") ? "regresa uno" : "back up one";

        assertThat(new UtteranceMatcher(InteractionModel.forLocale(locale)).match(said).intent())
                .isNotIn("SetReminderIntent", "ChangeReminderIntent");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "en-GB", "en-CA", "en-AU", "en-IN", "es-US", "es-ES", "es-MX"})
    void onlySkipStep_shouldSaySkip(String locale) {
        InteractionModel model = InteractionModel.forLocale(locale);

        assertThat(model.intents()).filteredOn(intent -> !intent.name().equals("SkipStepIntent"))
                .flatExtracting(InteractionModel.Intent::samples)
                .noneMatch(sample -> UtteranceMatcher.normalize(sample).matches(".*\\b(skip|salta|saltar|sáltate)\\b.*")
                        && !sample.contains("song") && !sample.contains("track") && !sample.contains("canci"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"es-US|ábrete entrenador de espalda", "es-MX|abre entrenador de espalda",
            "en-US|open morning back coach"})
    void launchVerbs_shouldOpenTheSkill(String locale, String said) {
        assertThat(new Invocation(InteractionModel.forLocale(locale)).parse(said)).hasValueSatisfying(
                parsed -> assertThat(parsed.isLaunch()).isTrue());
    }
}
