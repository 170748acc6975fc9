package com.morningbackcoach.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The LaunchRequest a returning user's device sends, and the start of their routine on a device that plays APL for Audio. */
final class LaunchRequests {

    static final String SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-00000000bench";

    private LaunchRequests() {
    }

    static String returningUser(String userId, Instant now) {
        return returningUser(userId, now, "bench");
    }

    /** @param session tells sessions and requests apart, as a second launch has its own ids */
    static String returningUser(String userId, Instant now, String session) {
        return envelope(userId, now, session, "{}", "\"type\":\"LaunchRequest\"");
    }

    /** "Start my routine" said to a device that declares APL for Audio, in a new session. */
    static String routineWithAudio(String userId, Instant now, String session) {
        return envelope(userId, now, session, "{\"Alexa.Presentation.APLA\":{}}",
                "\"type\":\"IntentRequest\",\"intent\":{\"name\":\"StartRoutineIntent\",\"confirmationStatus\":\"NONE\","
                        + "\"slots\":{}}");
    }

    private static String envelope(String userId, Instant now, String session, String interfaces, String request) {
        return """
                {"version":"1.0",
                 "session":{"new":true,"sessionId":"amzn1.echo-api.session.%4$s",
                   "application":{"applicationId":"%1$s"},"attributes":{},"user":{"userId":"%2$s"}},
                 "context":{"System":{"application":{"applicationId":"%1$s"},"user":{"userId":"%2$s"},
                   "device":{"deviceId":"amzn1.ask.device.BENCH","supportedInterfaces":%5$s},
                   "apiEndpoint":"https://api.amazonalexa.com","apiAccessToken":"bench-token"}},
                 "request":{%6$s,"requestId":"amzn1.echo-api.request.%4$s",
                   "timestamp":"%3$s","locale":"en-US"}}
                """.formatted(SKILL_ID, userId, now.truncatedTo(ChronoUnit.SECONDS), session, interfaces, request);
    }
}
