package com.morningbackcoach.local;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Times and lengths said in words become the values Alexa's built-in types send, in English and in Spanish. */
class BuiltInSlotValuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "seven|07:00", "six thirty|06:30", "half past six|06:30", "quarter to seven|06:45", "7:15|07:15",
            "seven in the morning|07:00", "six pm|18:00", "eight o'clock|08:00", "noon|12:00", "morning|MO",
            "in the evening|EV"})
    void englishTimes_shouldKeepTheirValues(String spoken, String value) {
        assertThat(BuiltInSlotValues.valueOf(MatcherLanguage.ENGLISH, BuiltInSlotValues.TIME, spoken)).contains(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "five minutes|PT5M", "thirty seconds|PT30S", "a minute|PT1M", "a minute and a half|PT1M30S",
            "two and a half minutes|PT2M30S", "one minute and thirty seconds|PT1M30S", "an hour|PT1H"})
    void englishDurations_shouldKeepTheirValues(String spoken, String value) {
        assertThat(BuiltInSlotValues.valueOf(MatcherLanguage.ENGLISH, BuiltInSlotValues.DURATION, spoken))
                .contains(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "siete|07:00", "las siete|07:00", "a las siete|07:00", "siete y media|07:30", "seis y cuarto|06:15",
            "las seis y media|06:30", "ocho menos cuarto|07:45", "siete menos diez|06:50", "seis y diez|06:10",
            "seis treinta|06:30", "siete cuarenta y cinco|07:45", "siete y cuarenta y cinco|07:45",
            "siete de la mañana|07:00", "las siete de la manana|07:00", "seis y media de la mañana|06:30",
            "cinco de la madrugada|05:00", "seis de la tarde|18:00", "diez de la noche|22:00",
            "doce de la noche|00:00", "la una de la tarde|13:00", "doce del mediodía|12:00", "siete en punto|07:00",
            "7:30|07:30", "6|06:00", "siete a m|07:00", "siete p m|19:00", "mediodía|12:00", "medianoche|00:00",
            "por la mañana|MO", "en la mañana|MO", "por la tarde|AF", "en la noche|NI", "esta noche|NI"})
    void spanishTimes_shouldBecomeAlexasValues(String spoken, String value) {
        assertThat(BuiltInSlotValues.valueOf(MatcherLanguage.SPANISH, BuiltInSlotValues.TIME, spoken)).contains(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "cinco minutos|PT5M", "treinta segundos|PT30S", "un minuto|PT1M", "un segundo|PT1S", "dos minutos|PT2M",
            "media hora|PT30M", "una hora|PT1H", "un minuto y medio|PT1M30S", "minuto y medio|PT1M30S",
            "dos minutos y medio|PT2M30S", "un minuto y treinta segundos|PT1M30S", "medio minuto|PT30S",
            "cuarenta y cinco segundos|PT45S", "veinte segundos|PT20S", "un cuarto de hora|PT15M",
            "hora y media|PT1H30M", "quince minutos|PT15M", "diez segundos|PT10S"})
    void spanishDurations_shouldBecomeAlexasValues(String spoken, String value) {
        assertThat(BuiltInSlotValues.valueOf(MatcherLanguage.SPANISH, BuiltInSlotValues.DURATION, spoken))
                .contains(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mi rutina", "siete perros", "veinticinco horas y media de la tarde", "y media",
            "trece de la tarde", "las", "cada dia"})
    void spanishWordsThatAreNoTime_shouldGiveNoValue(String spoken) {
        assertThat(BuiltInSlotValues.valueOf(MatcherLanguage.SPANISH, BuiltInSlotValues.TIME, spoken)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mi plancha", "minutos", "minuto", "segundo", "segundo paso", "cinco", "dos perros",
            "y medio"})
    void spanishWordsThatAreNoLength_shouldGiveNoValue(String spoken) {
        assertThat(BuiltInSlotValues.valueOf(MatcherLanguage.SPANISH, BuiltInSlotValues.DURATION, spoken)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"siete y media|true", "cinco minutos|true", "un segundo|true",
            "a las once|true", "7:30|true", "media hora|true", "el segundo paso|true", "una rutina|false",
            "once mas|false", "un rato|false", "la manana|false"})
    void spanishNumbersAndUnits_shouldBeTold(String spoken, boolean said) {
        assertThat(BuiltInSlotValues.saysANumberOrTime(MatcherLanguage.SPANISH, spoken)).isEqualTo(said);
    }

    @ParameterizedTest
    @ValueSource(strings = {"once", "only once", "social media", "once a day"})
    void englishWordsThatAreSpanishNumbers_shouldNotSayATime(String spoken) {
        assertThat(BuiltInSlotValues.saysANumberOrTime(MatcherLanguage.ENGLISH, spoken)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"siete y media", "cinco minutos", "las seis"})
    void spanishWords_shouldMeanNothingToEnglish(String spoken) {
        assertThat(BuiltInSlotValues.valueOf(MatcherLanguage.ENGLISH, BuiltInSlotValues.TIME, spoken)).isEmpty();
        assertThat(BuiltInSlotValues.valueOf(MatcherLanguage.ENGLISH, BuiltInSlotValues.DURATION, spoken)).isEmpty();
    }
}
