package com.morningbackcoach.alerts.handler;

import com.amazon.ask.model.interfaces.connections.ConnectionsResponse;
import com.morningbackcoach.conversation.Card;
import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.ConversationHandler;
import com.morningbackcoach.conversation.Reply;
import com.morningbackcoach.conversation.ReplyRenderer;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Alexa's answer to a voice permission request: accepted, the reminder or timer asked for is set; denied or not
 * answered, the user hears how to turn it on later; where voice consent is not available, a card in the Alexa app.
 */
public final class PermissionResponseHandler extends ConversationHandler {

    private static final String OK = "200";

    @Override
    protected boolean canHandle(Conversation conversation) {
        return conversation.request() instanceof ConnectionsResponse response
                && ReplyRenderer.PERMISSION_REQUEST.equals(response.getName());
    }

    @Override
    protected Reply handle(Conversation conversation) {
        ConnectionsResponse response = (ConnectionsResponse) conversation.request();
        Optional<PendingAlert> pending = PendingAlert.fromToken(response.getToken());
        if (pending.isEmpty()) {
            return conversation.backToWhereWeWere("");
        }
        String kind = pending.get() instanceof PendingAlert.DailyAt ? "reminder" : "timer";
        if (response.getStatus() == null || !OK.equals(response.getStatus().getCode())) {
            return cardInstead(conversation, pending.get().scope());
        }
        String status = statusOf(response.getPayload());
        if (status.equals("ACCEPTED")) {
            return pending.get() instanceof PendingAlert.DailyAt daily
                    ? ReminderFlow.afterPermission(conversation, daily.time())
                    : TimerFlow.afterPermission(conversation, ((PendingAlert.TimerFor) pending.get()).duration());
        }
        String key = status.equals("DENIED") ? "denied" : "notAnswered";
        return ReminderFlow.afterwards(conversation, conversation.speech().say("alert." + kind + ".permission." + key),
                ReminderFlow.Then.GOODBYE);
    }

    /** Where the permission cannot be given by voice: a card in the Alexa app that grants it, and the way there. */
    static Reply cardInstead(Conversation conversation, String scope) {
        String kind = scope.contains(":reminders:") ? "reminder" : "timer";
        return ReminderFlow.afterwards(conversation, conversation.speech().say("alert." + kind + ".permission.card"),
                ReminderFlow.Then.GOODBYE).withCard(Card.askingFor(scope));
    }

    private static String statusOf(Map<String, Object> payload) {
        Object status = payload == null ? null : payload.get("status");
        return status instanceof String text ? text.toUpperCase(Locale.ROOT) : "";
    }
}
