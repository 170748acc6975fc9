package com.morningbackcoach.testing;

import com.amazon.ask.model.Directive;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.model.interfaces.connections.SendRequestDirective;
import com.amazon.ask.model.services.reminderManagement.ReminderRequest;
import com.amazon.ask.model.services.timerManagement.TimerRequest;
import com.amazon.ask.util.impl.ObjectMapperFactory;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;

import java.io.IOException;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads what the skill sends Alexa with Amazon's own classes for it (ask-sdk-model), with the ASK SDK's mapper made
 * strict: a property the classes do not define, a directive, card or speech type they do not know, or a value of the
 * wrong type fails, so every response and API body has a shape Amazon defines.
 */
public final class AmazonModels {

    private static final ObjectMapper STRICT = ObjectMapperFactory.getMapper().copy()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .addHandler(new TypeIdsOnly());
    /** The payload of Alexa's voice permission request (AskFor), which ask-sdk-model keeps as a plain map. */
    private static final Set<String> ASK_FOR_PAYLOAD = Set.of("@type", "@version", "permissionScope");

    private AmazonModels() {
    }

    /**
     * The skill's response envelope as {@link ResponseEnvelope} (without a response for a request that takes none,
     * such as SessionEndedRequest or a skill event); an AssertionError names what Amazon's model does not define.
     */
    public static ResponseEnvelope response(JsonNode envelope) {
        ResponseEnvelope read = read(envelope, ResponseEnvelope.class, "response");
        var directives = read.getResponse() == null ? null : read.getResponse().getDirectives();
        for (Directive directive : directives == null ? java.util.List.<Directive>of() : directives) {
            if (directive instanceof SendRequestDirective request && "AskFor".equals(request.getName())) {
                askFor(request.getPayload());
            }
        }
        return read;
    }

    /** A body sent to the Reminders API, as {@link ReminderRequest}, with what a daily reminder must carry. */
    public static ReminderRequest reminder(JsonNode body) {
        ReminderRequest request = read(body, ReminderRequest.class, "reminder request");
        if (request.getTrigger() == null || request.getAlertInfo() == null || request.getPushNotification() == null) {
            throw new AssertionError("A reminder request without its trigger, alert or push notification: " + body);
        }
        return request;
    }

    /** A body sent to the Timers API, as {@link TimerRequest}, with what a timer must carry. */
    public static TimerRequest timer(JsonNode body) {
        TimerRequest request = read(body, TimerRequest.class, "timer request");
        if (request.getDuration() == null || request.getCreationBehavior() == null
                || request.getTriggeringBehavior() == null) {
            throw new AssertionError("A timer request without its duration, creation or triggering behaviour: " + body);
        }
        return request;
    }

    private static void askFor(Map<String, Object> payload) {
        if (payload == null || !new TreeSet<>(payload.keySet()).equals(new TreeSet<>(ASK_FOR_PAYLOAD))
                || !"AskForPermissionsConsentRequest".equals(payload.get("@type"))
                || !"1".equals(String.valueOf(payload.get("@version")))) {
            throw new AssertionError("An AskFor payload that is not AskForPermissionsConsentRequest version 1 with its "
                    + "permissionScope alone: " + payload);
        }
    }

    /**
     * The model's builders do not list the property that names a subtype ({@code "type"} of a directive, a card, a
     * speech), which the ASK SDK's own lenient mapper skips with every other unknown one. This skips that one alone:
     * a property the built class's polymorphic base declares as its type id.
     */
    private static final class TypeIdsOnly extends DeserializationProblemHandler {
        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                                             JsonDeserializer<?> deserializer, Object beanOrClass, String name)
                throws IOException {
            Class<?> built = beanOrClass instanceof Class<?> type ? type : beanOrClass.getClass();
            if (built.getSimpleName().equals("Builder") && built.getEnclosingClass() != null) {
                built = built.getEnclosingClass();
            }
            for (Class<?> type = built; type != null; type = type.getSuperclass()) {
                JsonTypeInfo info = type.getAnnotation(JsonTypeInfo.class);
                if (info != null && info.property().equals(name)) {
                    parser.skipChildren();
                    return true;
                }
            }
            return false;
        }
    }

    private static <T> T read(JsonNode json, Class<T> type, String what) {
        try {
            return STRICT.treeToValue(json, type);
        } catch (JsonProcessingException e) {
            throw new AssertionError("A " + what + " that Amazon's " + type.getSimpleName() + " does not define: "
                    + e.getOriginalMessage() + "\n" + json, e);
        }
    }
}
