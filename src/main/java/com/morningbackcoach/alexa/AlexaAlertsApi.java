package com.morningbackcoach.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.services.ServiceClientFactory;
import com.amazon.ask.model.services.ServiceException;
import com.amazon.ask.model.services.reminderManagement.AlertInfo;
import com.amazon.ask.model.services.reminderManagement.PushNotification;
import com.amazon.ask.model.services.reminderManagement.PushNotificationStatus;
import com.amazon.ask.model.services.reminderManagement.Recurrence;
import com.amazon.ask.model.services.reminderManagement.ReminderRequest;
import com.amazon.ask.model.services.reminderManagement.ReminderResponse;
import com.amazon.ask.model.services.reminderManagement.SpokenInfo;
import com.amazon.ask.model.services.reminderManagement.SpokenText;
import com.amazon.ask.model.services.reminderManagement.Trigger;
import com.amazon.ask.model.services.reminderManagement.TriggerType;
import com.amazon.ask.model.services.timerManagement.AnnounceOperation;
import com.amazon.ask.model.services.timerManagement.CreationBehavior;
import com.amazon.ask.model.services.timerManagement.DisplayExperience;
import com.amazon.ask.model.services.timerManagement.NotificationConfig;
import com.amazon.ask.model.services.timerManagement.TextToAnnounce;
import com.amazon.ask.model.services.timerManagement.TriggeringBehavior;
import com.amazon.ask.model.services.timerManagement.Visibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;

/**
 * Reminders and timers through the ASK SDK's service clients, which call the request's {@code apiEndpoint} with its
 * {@code apiAccessToken}, over the skill's API client and its short time-outs.
 */
public final class AlexaAlertsApi implements Reminders, Timers {

    private static final Logger LOG = LoggerFactory.getLogger(AlexaAlertsApi.class);

    @Override
    public String createDaily(HandlerInput input, DailyReminderRequest request) {
        ReminderResponse created = call("create reminder", input, factory ->
                factory.getReminderManagementService().createReminder(daily(request)));
        if (created == null || created.getAlertToken() == null || created.getAlertToken().isBlank()) {
            throw new AlexaApiException(AlexaApiException.Problem.UNAVAILABLE, "No reminder id in the answer", null);
        }
        return created.getAlertToken();
    }

    @Override
    public void updateDaily(HandlerInput input, String id, DailyReminderRequest request) {
        call("update reminder", input, factory -> factory.getReminderManagementService().updateReminder(id, daily(request)));
    }

    @Override
    public void delete(HandlerInput input, String id) {
        call("delete reminder", input, factory -> {
            factory.getReminderManagementService().deleteReminder(id);
            return null;
        });
    }

    @Override
    public boolean exists(HandlerInput input, String id) {
        try {
            call("get reminder", input, factory -> factory.getReminderManagementService().getReminder(id));
            return true;
        } catch (AlexaApiException e) {
            if (e.problem() == AlexaApiException.Problem.NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void start(HandlerInput input, TimerRequest request) {
        call("start timer", input, factory -> factory.getTimerManagementService().createTimer(
                com.amazon.ask.model.services.timerManagement.TimerRequest.builder()
                        .withDuration(request.duration().toString())
                        .withTimerLabel(request.label())
                        .withCreationBehavior(CreationBehavior.builder().withDisplayExperience(
                                DisplayExperience.builder().withVisibility(Visibility.VISIBLE).build()).build())
                        .withTriggeringBehavior(TriggeringBehavior.builder()
                                .withOperation(AnnounceOperation.builder().withTextToAnnounce(List.of(
                                        TextToAnnounce.builder().withLocale(request.locale())
                                                .withText(request.announcement()).build())).build())
                                .withNotificationConfig(NotificationConfig.builder().withPlayAudible(true).build())
                                .build())
                        .build()));
    }

    /** Every day at the time, from its next occurrence on, in the user's zone. */
    static ReminderRequest daily(DailyReminderRequest request) {
        LocalDateTime now = request.requestedAt().atZoneSameInstant(request.zone()).toLocalDateTime();
        LocalDateTime first = now.toLocalDate().atTime(request.time());
        if (!first.isAfter(now)) {
            first = first.plusDays(1);
        }
        String rule = "FREQ=DAILY;BYHOUR=" + request.time().getHour() + ";BYMINUTE=" + request.time().getMinute()
                + ";BYSECOND=0;INTERVAL=1";
        return ReminderRequest.builder()
                .withRequestTime(request.requestedAt())
                .withTrigger(Trigger.builder()
                        .withType(TriggerType.SCHEDULED_ABSOLUTE)
                        .withTimeZoneId(request.zone().getId())
                        .withRecurrence(Recurrence.builder().withStartDateTime(first)
                                .withRecurrenceRules(List.of(rule)).build())
                        .build())
                .withAlertInfo(AlertInfo.builder().withSpokenInfo(SpokenInfo.builder().withContent(List.of(
                        SpokenText.builder().withLocale(request.locale()).withText(request.text()).build())).build())
                        .build())
                .withPushNotification(PushNotification.builder().withStatus(PushNotificationStatus.ENABLED).build())
                .build();
    }

    private static <T> T call(String what, HandlerInput input, Function<ServiceClientFactory, T> call) {
        ServiceClientFactory factory = input.getServiceClientFactory();
        if (factory == null) {
            throw new AlexaApiException(AlexaApiException.Problem.UNAVAILABLE, "No Alexa API client", null);
        }
        try {
            return call.apply(factory);
        } catch (ServiceException e) {
            AlexaApiException.Problem problem = AlexaApiException.forStatus(e.getStatusCode());
            LOG.warn("Alexa API could not {}: HTTP {}", what, e.getStatusCode());
            throw new AlexaApiException(problem, what + ": HTTP " + e.getStatusCode(), e);
        } catch (RuntimeException e) {
            LOG.warn("Alexa API could not {}: {}", what, e.getClass().getSimpleName());
            throw new AlexaApiException(AlexaApiException.Problem.UNAVAILABLE, what + " failed", e);
        }
    }
}
