package com.morningbackcoach.local;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SpokenTimesAndLengthsTest {

    @ParameterizedTest
    @CsvSource({"seven, 07:00", "six thirty, 06:30", "half past six, 06:30", "half six, 06:30",
            "quarter to seven, 06:45", "seven fifteen, 07:15", "6:45, 06:45", "seven pm, 19:00",
            "noon, 12:00", "morning, MO"})
    void anEnglishTime_shouldGiveTheValueAlexaSends(String spoken, String value) {
        assertThat(BuiltInSlotValues.valueOf(MatcherLanguage.ENGLISH, BuiltInSlotValues.TIME, spoken)).contains(value);
    }

    @ParameterizedTest
    @CsvSource({"five minutes, PT5M", "thirty seconds, PT30S", "a minute, PT1M", "two and a half minutes, PT2M30S"})
    void anEnglishLength_shouldGiveTheValueAlexaSends(String spoken, String value) {
        assertThat(BuiltInSlotValues.valueOf(MatcherLanguage.ENGLISH, BuiltInSlotValues.DURATION, spoken)).contains(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"the reminder", "a", "tomorrow maybe", "half"})
    void wordsThatAreNoTime_shouldGiveNoValue(String spoken) {
        assertThat(BuiltInSlotValues.valueOf(MatcherLanguage.ENGLISH, BuiltInSlotValues.TIME, spoken)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"set a reminder for half six, 06:30", "remind me each morning at seven fifteen, 07:15"})
    void aTimeSaidWithinAnUtterance_shouldFillTheTimeSlot(String utterance, String value) {
        UtteranceMatcher.Match match = new UtteranceMatcher(InteractionModel.forLocale("en-GB")).match(utterance);

        assertThat(match.intent()).isEqualTo("SetReminderIntent");
        assertThat(match.slots().get("time").resolved().id()).isEqualTo(value);
    }
}
