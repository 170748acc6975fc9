package com.morningbackcoach.alerts.handler;

import com.morningbackcoach.alexa.AlexaApiException;
import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.speech.Speech;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How times, lengths and API troubles are put into words. */
final class AlertSpeech {

    private AlertSpeech() {
    }

    /** A time of day as the user's language says it; see {@link #time(Speech, LocalTime)}. */
    static String time(Conversation conversation, LocalTime time) {
        return time(conversation.speech(), time);
    }

    /**
     * A time of day in the words of the locale's {@code alert.time}: English keeps the time as the locale writes it
     * ("7:00 AM"), which Alexa reads naturally; Spanish says it as people do, with its article and the part of the
     * day ("las siete y media de la mañana"), where the locale's written form would be "07:00" or "18:30".
     */
    static String time(Speech speech, LocalTime time) {
        String written = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(speech.locale())
                .format(time).replace('\u202f', ' ').replace('\u00a0', ' ');
        int hour = time.getHour();
        int twelveHour = hour % 12 == 0 ? 12 : hour % 12;
        return speech.say("alert.time", written, twelveHour, time.getMinute(), hour);
    }

    /** A timer's length in words: "5 minutes", "30 seconds", "1 minute and 30 seconds". */
    static String length(Conversation conversation, Duration duration) {
        return length(conversation.speech(), duration);
    }

    static String length(Speech speech, Duration duration) {
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
