package com.morningbackcoach.alerts.handler;

import com.morningbackcoach.alexa.AlexaApiException;
import com.morningbackcoach.alexa.AlexaPermissions;
import com.morningbackcoach.alexa.TimerRequest;
import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.Reply;

import java.time.Duration;
import java.util.Optional;

/** A timer for a hold or a round of core work the user does on their own; Alexa announces its end. */
final class TimerFlow {

    private TimerFlow() {
    }

    static Reply start(Conversation conversation, Duration duration) {
        if (!AlexaPermissions.granted(conversation.input(), AlexaPermissions.TIMERS)) {
            return ReminderFlow.askPermission(new PendingAlert.TimerFor(duration));
        }
        return run(conversation, duration);
    }

    /** After the user granted the permission by voice: the timer they asked for, without asking again. */
    static Reply afterPermission(Conversation conversation, Duration duration) {
        return run(conversation, duration);
    }

    /** A routine started this morning and not finished, as after Alexa's permission question in a new session. */
    private static boolean routineUnderWay(Conversation conversation) {
        var profile = conversation.profile();
        return profile.get().savedPlaceIfAny()
                .flatMap(place -> place.resumableOn(profile.today(), conversation.now())).isPresent();
    }

    private static Reply run(Conversation conversation, Duration duration) {
        var speech = conversation.speech();
        try {
            conversation.services().timers().start(conversation.input(), new TimerRequest(duration,
                    speech.say("timer.label"), speech.locale().toLanguageTag(), speech.say("timer.announcement")));
        } catch (AlexaApiException e) {
            if (e.problem() == AlexaApiException.Problem.NOT_PERMITTED) {
                return PermissionResponseHandler.cardInstead(conversation, AlexaPermissions.TIMERS);
            }
            return ReminderFlow.afterwards(conversation, AlertSpeech.trouble(conversation, "timer", e.problem()),
                    ReminderFlow.Then.CARRY_ON);
        }
        String started = speech.say("timer.started", AlertSpeech.length(conversation, duration));
        Optional<Reply> back = conversation.backToActivity(started).or(() -> conversation.pickUp(started));
        if (back.isPresent()) {
            return back.get();
        }
        return Reply.tell(routineUnderWay(conversation) ? started + " " + speech.say("timer.thenCarryOn") : started);
    }
}
