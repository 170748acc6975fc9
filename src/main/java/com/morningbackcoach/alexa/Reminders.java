package com.morningbackcoach.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;

/**
 * The user's reminders from this skill, through the Alexa Reminders API at the request's own endpoint and token.
 * Each call throws {@link AlexaApiException} when it does not succeed.
 */
public interface Reminders {

    /** Schedules a reminder that rings every day; returns the id Alexa gave it. */
    String createDaily(HandlerInput input, DailyReminderRequest request);

    /** Moves a reminder to the time and words of {@code request}. */
    void updateDaily(HandlerInput input, String id, DailyReminderRequest request);

    void delete(HandlerInput input, String id);

    /** Whether the reminder is still there: the user may have deleted it in the Alexa app. */
    boolean exists(HandlerInput input, String id);
}
