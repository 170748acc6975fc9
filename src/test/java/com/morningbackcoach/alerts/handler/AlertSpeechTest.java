package com.morningbackcoach.alerts.handler;

import com.morningbackcoach.speech.Speech;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Times and timer lengths are said the way each language says them: English as its locale writes the time, Spanish
 * in words with the article and the part of the day, the same in every Spanish locale whatever its clock.
 */
class AlertSpeechTest {

    @Test
    void english_shouldSayTheTimeAsItsLocaleWritesIt() {
        assertThat(AlertSpeech.time(Speech.forLocale("en-US"), LocalTime.of(7, 0))).isEqualTo("7:00 AM");
        assertThat(AlertSpeech.time(Speech.forLocale("en-US"), LocalTime.of(18, 30))).isEqualTo("6:30 PM");
        assertThat(AlertSpeech.time(Speech.forLocale("en-GB"), LocalTime.of(7, 0))).isEqualTo("07:00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"es-US", "es-MX", "es-ES"})
    void spanish_shouldSayTheHourWithItsArticle_theQuarterAndHalf_andThePartOfTheDay(String locale) {
        Speech speech = Speech.forLocale(locale);

        assertThat(AlertSpeech.time(speech, LocalTime.of(7, 0))).isEqualTo("las siete de la mañana");
        assertThat(AlertSpeech.time(speech, LocalTime.of(6, 30))).isEqualTo("las seis y media de la mañana");
        assertThat(AlertSpeech.time(speech, LocalTime.of(6, 15))).isEqualTo("las seis y cuarto de la mañana");
        assertThat(AlertSpeech.time(speech, LocalTime.of(7, 5))).isEqualTo("las siete y 5 de la mañana");
        assertThat(AlertSpeech.time(speech, LocalTime.of(5, 45))).isEqualTo("las cinco y 45 de la madrugada");
        assertThat(AlertSpeech.time(speech, LocalTime.of(12, 0))).isEqualTo("las doce del mediodía");
        assertThat(AlertSpeech.time(speech, LocalTime.of(13, 10))).isEqualTo("la una y 10 de la tarde");
        assertThat(AlertSpeech.time(speech, LocalTime.of(18, 30))).isEqualTo("las seis y media de la tarde");
        assertThat(AlertSpeech.time(speech, LocalTime.of(21, 0))).isEqualTo("las nueve de la noche");
        assertThat(AlertSpeech.time(speech, LocalTime.of(0, 0))).isEqualTo("las doce de la noche");
    }

    @Test
    void spanishReminderSentences_shouldReadWithTheTimeInPlace() {
        Speech speech = Speech.forLocale("es-US");

        assertThat(speech.say("reminder.set", AlertSpeech.time(speech, LocalTime.of(7, 0))))
                .isEqualTo("Listo. Te lo recordaré todos los días a las siete de la mañana.");
        assertThat(speech.say("reminder.already", AlertSpeech.time(speech, LocalTime.of(13, 0))))
                .isEqualTo("Tu recordatorio ya está puesto para la una de la tarde, todos los días.");
    }

    @Test
    void timerLengths_shouldBeSaidInTheLanguage() {
        assertThat(AlertSpeech.length(Speech.forLocale("en-US"), Duration.ofSeconds(90)))
                .isEqualTo("1 minute and 30 seconds");
        assertThat(AlertSpeech.length(Speech.forLocale("es-US"), Duration.ofSeconds(90)))
                .isEqualTo("un minuto y 30 segundos");
        assertThat(AlertSpeech.length(Speech.forLocale("es-ES"), Duration.ofMinutes(5))).isEqualTo("5 minutos");
        assertThat(AlertSpeech.length(Speech.forLocale("es-MX"), Duration.ofSeconds(30))).isEqualTo("30 segundos");
    }
}
