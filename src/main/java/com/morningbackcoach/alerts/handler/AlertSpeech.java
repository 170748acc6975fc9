package com.morningbackcoach.alerts.handler;

import com.morningbackcoach.alexa.AlexaApiException;
import com.morningbackcoach.conversation.Conversation;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How times, lengths and API troubles are put into words. */
final class AlertSpeech {

    private AlertSpeech() {
    }

    /** A time of day as the user's locale writes it ("7:00 AM"), which Alexa reads naturally. */
    static String time(Conversation conversation, LocalTime time) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(conversation.speech().locale())
                .format(time).replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    /** A timer's length in words: "5 minutes", "30 seconds", "1 minute and 30 seconds". */
    static String length(Conversation conversation, Duration duration) {
        var speech = conversation.speech();
        long minutes = duration.toMinutes();
        long seconds = duration.toSecondsPart();
        if (minutes == 0) {
            return speech.say("timer.seconds", seconds);
        }
        return seconds == 0 ? speech.say("timer.minutes", minutes)
                : speech.say("timer.minutesAndSeconds", minutes, seconds);
    }

    /** One sentence about an API call that failed, for {@code kind} "reminder" or "timer". */
    static String trouble(Conversation conversation, String kind, AlexaApiException.Problem problem) {
        return conversation.speech().say("alert." + kind + ".trouble." + problem.name().toLowerCase(Locale.ROOT));
    }
}
