package com.morningbackcoach.local;

import com.morningbackcoach.user.StoredProfile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.morningbackcoach.app.MorningBackCoachStreamHandler;
import com.morningbackcoach.app.SkillFactory;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import com.morningbackcoach.user.InMemoryUserStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import static com.morningbackcoach.testing.TestStores.stored;
import static org.assertj.core.api.Assertions.assertThat;

class HttpEndpointTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final InMemoryUserStore store = new InMemoryUserStore();
    private final HttpClient http = HttpClient.newHttpClient();
    private HttpEndpoint endpoint;

    @AfterEach
    void stop() {
        endpoint.close();
    }

    private void start(boolean verify) throws Exception {
        Clock clock = Clock.systemUTC();
        MorningBackCoachStreamHandler handler = new MorningBackCoachStreamHandler(
                SkillFactory.create(TestServices.with(store, clock, ZoneId.of("UTC")), null, null));
        endpoint = HttpEndpoint.start(new LocalSkill(handler), "127.0.0.1", 0, verify);
    }

    private HttpResponse<String> post(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port() + "/"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static ObjectNode request(String fixture, Instant timestamp) {
        ObjectNode envelope = SkillConversation.fixture(fixture);
        ((ObjectNode) envelope.path("request")).put("timestamp", timestamp.toString());
        return envelope;
    }

    private static ObjectNode launchNow() {
        return request("LaunchRequest", Instant.now());
    }

    @Test
    void launch_withoutVerification_shouldAnswerOverRealHttp() throws Exception {
        start(false);

        HttpResponse<String> response = post(launchNow().toString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("response").path("outputSpeech").path("ssml").asText()).contains("Morning Back Coach");
        assertThat(body.path("response").path("shouldEndSession").asBoolean()).isFalse();
    }

    @Test
    void unsignedRequest_withVerification_shouldGet400() throws Exception {
        start(true);

        HttpResponse<String> response = post(launchNow().toString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("verification");
    }

    @Test
    void staleTimestamp_withVerification_shouldGet400() throws Exception {
        start(true);

        HttpResponse<String> response = post(request("LaunchRequest", Instant.now().minusSeconds(151)).toString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).containsIgnoringCase("timestamp");
    }

    @Test
    void malformedBodies_shouldGet4xx_andLeaveTheServerAndTheDataAlone() throws Exception {
        start(false);
        store.save("amzn1.ask.account.FIXTURE", new StoredProfile.Absent(), com.morningbackcoach.user.UserProfile.newUser().withSettings(
                com.morningbackcoach.routine.RoutineSettings.DEFAULT.withSafetyNoteGiven()));
        ObjectNode next = request("IntentRequest", Instant.now());
        ((ObjectNode) next.path("request").path("intent")).put("name", "StartRoutineIntent");
        assertThat(post(next.toString()).statusCode()).isEqualTo(200);
        var before = stored(store, "amzn1.ask.account.FIXTURE");

        assertThat(post("{not json").statusCode()).isEqualTo(400);
        assertThat(post("{\"hello\":\"world\"}").statusCode()).isEqualTo(400);
        assertThat(post("[1,2,3]").statusCode()).isEqualTo(400);
        assertThat(post("x".repeat(HttpEndpoint.MAX_BODY_BYTES + 1)).statusCode()).isEqualTo(413);

        assertThat(store.load("amzn1.ask.account.FIXTURE")).isEqualTo(StoredProfile.of(before));
        assertThat(post(launchNow().toString()).statusCode()).isEqualTo(200);
    }

    @Test
    void otherMethods_shouldBeRefused() throws Exception {
        start(false);

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + endpoint.port() + "/")).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
    }
}
