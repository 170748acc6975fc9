package com.morningbackcoach.local;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matcher's Spanish words, on a small Spanish model of its own: fillers, discourse markers, lead-ins, closing
 * times, polite wrappers and the carrier words of a one-shot request are let go; the words that carry the request stay.
 */
class SpanishMatcherWordsTest {

    private static final InteractionModel MODEL = new InteractionModel("es-US", "entrenador de prueba", List.of(
            new InteractionModel.Intent("StreakIntent", List.of("mi racha", "cuántos días llevo"), Map.of()),
            new InteractionModel.Intent("NotSureIntent", List.of("no sé"), Map.of()),
            new InteractionModel.Intent("SkipStepIntent", List.of("este me lo salto", "sáltate este paso"), Map.of()),
            new InteractionModel.Intent("TimerIntent", List.of("ponme un temporizador de {duration}"),
                    Map.of("duration", "AMAZON.DURATION")),
            new InteractionModel.Intent("SetReminderIntent", List.of("recuérdame a las {time}"),
                    Map.of("time", "AMAZON.TIME")),
            new InteractionModel.Intent(UtteranceMatcher.FALLBACK, List.of(), Map.of())),
            Map.of());

    private final UtteranceMatcher matcher = new UtteranceMatcher(MODEL);

    @Test
    void canonicalForm_shouldDropFillersDiscourseMarkersLeadInsAndAClosingTime() {
        assertThat(UtteranceMatcher.canonical("es-US", "Oye, la verdad no sé, por favor")).isEqualTo("no se");
        assertThat(UtteranceMatcher.canonical("es-MX", "pues eh sáltate este paso ahorita")).isEqualTo("saltate este paso");
        assertThat(UtteranceMatcher.canonical("es-ES", "bueno mi racha de una vez")).isEqualTo("mi racha");
        assertThat(UtteranceMatcher.canonical("es-US", "uy porfa cuántos días llevo")).isEqualTo("cuantos dias llevo");
    }

    @Test
    void englishWordsADiminutiveAndAnAcknowledgement_shouldBeReadAsTheSpanishTheyStandFor() {
        assertThat(UtteranceMatcher.canonical("es-US", "skip este paso porfa")).isEqualTo("salta este paso");
        assertThat(SpanishWords.INSTANCE.stem("cortita")).isEqualTo(SpanishWords.INSTANCE.stem("corta"));
        assertThat(SpanishWords.INSTANCE.stem("piquetitos")).isNotEqualTo(SpanishWords.INSTANCE.stem("piquete"));
        assertThat(Stream.of("musiquita", "musiquilla", "musica").map(SpanishWords.INSTANCE::stem).distinct())
                .hasSize(1);
        assertThat(SpanishWords.INSTANCE.stem("suavecita")).isEqualTo(SpanishWords.INSTANCE.stem("suave"));
        assertThat(SpanishWords.INSTANCE.stem("lentisimo")).isEqualTo(SpanishWords.INSTANCE.stem("lento"));
        assertThat(SpanishWords.INSTANCE.stem("pantorrilla")).isEqualTo(SpanishWords.INSTANCE.stem("pantorrillas"));
        assertThat(SpanishWords.INSTANCE.stem("quita")).isEqualTo(SpanishWords.INSTANCE.stem("quitar"));
        assertThat(UtteranceMatcher.canonical("es-ES", "vale ya estuvo por hoy")).isEqualTo("ya estuvo por hoy");
        assertThat(matcher.match("listo mi racha").intent()).isEqualTo("StreakIntent");
    }

    @Test
    void aLeadingEste_shouldStay_sinceItAlsoStartsACommand() {
        assertThat(UtteranceMatcher.canonical("es-US", "este me lo salto")).isEqualTo("este me lo salto");
        assertThat(matcher.match("este me lo salto").intent()).isEqualTo("SkipStepIntent");
    }

    @Test
    void politeWrappersAndCarriers_shouldBeLeftOut_whenTheRestIsTheRequest() {
        assertThat(matcher.match("me puedes decir mi racha").intent()).isEqualTo("StreakIntent");
        assertThat(matcher.match("que me diga mi racha").intent()).isEqualTo("StreakIntent");
        assertThat(matcher.match("quiero que me digas cuántos días llevo").intent()).isEqualTo("StreakIntent");
        assertThat(matcher.match("podrías ponerme un temporizador de dos minutos").intent()).isEqualTo("TimerIntent");
    }

    @Test
    void aTimeOrALengthSaidInSpanish_shouldFillItsBuiltInSlot() {
        UtteranceMatcher.Match reminder = matcher.match("recuérdame a las siete y media");
        assertThat(reminder.intent()).isEqualTo("SetReminderIntent");
        assertThat(reminder.slots().get("time").resolution()).hasValueSatisfying(v -> assertThat(v.id()).isEqualTo("07:30"));
        UtteranceMatcher.Match timer = matcher.match("ponme un temporizador de un minuto y medio");
        assertThat(timer.slots().get("duration").resolution()).hasValueSatisfying(v -> assertThat(v.id()).isEqualTo("PT1M30S"));
    }

    @Test
    void aNumberThatIsAlsoATimeOfDay_shouldFillANumberSlot_whenThatSampleIsNearer() {
        UtteranceMatcher goals = new UtteranceMatcher(new InteractionModel("es-US", "entrenador de prueba", List.of(
                new InteractionModel.Intent("SetReminderIntent", List.of("recuérdame a las {time}"),
                        Map.of("time", "AMAZON.TIME")),
                new InteractionModel.Intent("SetGoalIntent", List.of("pon mi meta en {days} mañanas a la semana"),
                        Map.of("days", "AMAZON.NUMBER")),
                new InteractionModel.Intent("WeekIntent", List.of("cuál es mi meta de la semana"), Map.of()),
                new InteractionModel.Intent(UtteranceMatcher.FALLBACK, List.of(), Map.of())), Map.of()));
        UtteranceMatcher.Match goal = goals.match("pon mi meta de cinco mañanas a la semana");
        assertThat(goal.intent()).isEqualTo("SetGoalIntent");
        assertThat(goal.slots().get("days").resolution()).hasValueSatisfying(v -> assertThat(v.id()).isEqualTo("5"));
        assertThat(goals.match("recuérdame a las cinco").intent()).isEqualTo("SetReminderIntent");
    }

    @Test
    void oneValueSaidTwiceInOtherWords_shouldBeThatValue_andTwoValuesNone() {
        InteractionModel.SlotType pace = new InteractionModel.SlotType("PACE", List.of(
                new InteractionModel.SlotValue("SLOWER", "más lento", List.of("más despacio", "vas muy rápido")),
                new InteractionModel.SlotValue("FASTER", "más rápido", List.of("vas muy lento"))));
        UtteranceMatcher paces = new UtteranceMatcher(new InteractionModel("es-US", "entrenador de prueba", List.of(
                new InteractionModel.Intent("AdjustRoutineIntent", List.of("{change}", "{change} que vas muy lento"),
                        Map.of("change", "PACE")),
                new InteractionModel.Intent(UtteranceMatcher.FALLBACK, List.of(), Map.of())),
                Map.of("PACE", pace)));
        UtteranceMatcher.Match slower = paces.match("más despacio por favor vas muy rápido");
        assertThat(slower.slots().get("change").resolution())
                .hasValueSatisfying(v -> assertThat(v.id()).isEqualTo("SLOWER"));
        assertThat(paces.match("más despacio que vas muy rápido").slots().get("change").resolution())
                .hasValueSatisfying(v -> assertThat(v.id()).isEqualTo("SLOWER"));
        assertThat(paces.match("más despacio más rápido").fit()).isNotEqualTo(UtteranceMatcher.Fit.EXACT);
    }
}
