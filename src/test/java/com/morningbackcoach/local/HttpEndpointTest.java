package com.morningbackcoach.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.morningbackcoach.app.SkillFactory;
import com.morningbackcoach.routine.RoutineSettings;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import com.morningbackcoach.user.InMemoryUserStore;
import com.morningbackcoach.user.StoredProfile;
import com.morningbackcoach.user.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HttpEndpointTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USER = "amzn1.ask.account.FIXTURE";
    private final InMemoryUserStore store = new InMemoryUserStore();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private HttpEndpoint endpoint;

    @AfterEach
    void stop() throws Exception {
        if (endpoint != null) {
            endpoint.close();
        }
    }

    private void start(boolean verify) throws Exception {
        endpoint = HttpEndpoint.start(SkillFactory.create(TestServices.with(store, Clock.systemUTC(), ZoneId.of("UTC")),
                null, null), "127.0.0.1", 0, verify);
    }

    private HttpResponse<String> post(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port() + "/"))
                .timeout(Duration.ofSeconds(10))
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
    void unsignedRequest_withChecksOn_shouldBeRefused() throws Exception {
        start(true);

        HttpResponse<String> response = post(launchNow().toString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(store.load(USER)).isEqualTo(new StoredProfile.Absent());
    }

    @Test
    void staleRequest_evenWithoutSignatureChecks_shouldBeRefused() throws Exception {
        start(false);

        HttpResponse<String> response = post(request("LaunchRequest", Instant.now().minus(Duration.ofMinutes(10))).toString());

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void freshRequest_withoutSignatureChecks_shouldBeAnsweredByTheSkill() throws Exception {
        start(false);

        HttpResponse<String> response = post(launchNow().toString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("response").path("outputSpeech").path("ssml").asText()).contains("Morning Back Coach");
        assertThat(response.headers().firstValue("Server")).isEmpty();
    }

    @Test
    void malformedBodies_shouldGet4xx_andLeaveTheServerAndTheDataAlone() throws Exception {
        start(false);
        store.save(USER, new StoredProfile.Absent(), UserProfile.newUser().withSettings(
                RoutineSettings.DEFAULT.withSafetyNoteGiven()));
        ObjectNode next = request("IntentRequest", Instant.now());
        ((ObjectNode) next.path("request").path("intent")).put("name", "StartRoutineIntent");
        assertThat(post(next.toString()).statusCode()).isEqualTo(200);
        StoredProfile before = store.load(USER);

        assertThat(post("{not json").statusCode()).isEqualTo(400);
        assertThat(post("{\"hello\":\"world\"}").statusCode()).isEqualTo(400);
        assertThat(post("[1,2,3]").statusCode()).isEqualTo(400);
        assertThat(post("x".repeat(HttpEndpoint.MAX_BODY_BYTES + 1)).statusCode()).isEqualTo(413);

        assertThat(store.load(USER)).isEqualTo(before);
        assertThat(post(launchNow().toString()).statusCode()).isEqualTo(200);
    }

    @Test
    void aRequestTheSkillCannotAnswer_shouldGetAServerErrorStatus_notADroppedConnection() throws Exception {
        start(false);
        ObjectNode unknown = launchNow();
        ((ObjectNode) unknown.path("request")).put("type", "Nobody.KnowsThisRequest");

        HttpResponse<String> response = post(unknown.toString());

        assertThat(response.statusCode()).isEqualTo(500);
    }

    @Test
    void otherMethods_shouldBeRefused() throws Exception {
        start(false);

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + endpoint.port() + "/")).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
    }

    @Test
    void turningSignatureChecksOff_onANonLoopbackAddress_shouldBeRefused() {
        assertThatThrownBy(() -> HttpEndpoint.start(SkillFactory.create(
                TestServices.inMemory(Clock.systemUTC()), null, null), "0.0.0.0", 0, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loopback");
        assertThatThrownBy(() -> LocalOptions.parse(new String[]{"serve", "--no-verify", "--host", "0.0.0.0"}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void endpoint_shouldListenOnLoopbackOnly() throws Exception {
        start(false);

        assertThat(endpoint.host()).isEqualTo("127.0.0.1");
        for (InetAddress address : nonLoopbackAddresses()) {
            assertThat(canConnect(address, endpoint.port())).as("reachable on %s", address).isFalse();
        }
    }

    @Test
    void slowClients_shouldBeCutOff_andNotHoldUpARealRequest() throws Exception {
        start(false);
        List<Socket> slow = new ArrayList<>();
        List<CompletableFuture<Boolean>> trickles = new ArrayList<>();
        for (int i = 0; i < HttpEndpoint.MAX_THREADS + 4; i++) {
            Socket socket = new Socket(InetAddress.getLoopbackAddress(), endpoint.port());
            slow.add(socket);
            trickles.add(CompletableFuture.supplyAsync(() -> trickleUntilCut(socket)));
        }
        Thread.sleep(1500);

        HttpResponse<String> real = post(launchNow().toString());

        assertThat(real.statusCode()).isEqualTo(200);
        for (CompletableFuture<Boolean> trickle : trickles) {
            assertThat(trickle.get(30, TimeUnit.SECONDS)).as("slow client cut off").isTrue();
        }
        for (Socket socket : slow) {
            socket.close();
        }
    }

    /** Sends a request a byte a second; true once the server closes the connection or answers. */
    private static boolean trickleUntilCut(Socket socket) {
        byte[] head = ("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: 5000\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        try {
            socket.setSoTimeout(1000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(head);
            for (int second = 0; second < 25; second++) {
                out.write('{');
                out.flush();
                try {
                    if (in.read() != 0) {
                        return true;
                    }
                } catch (java.net.SocketTimeoutException stillOpen) {
                    // not cut off yet
                }
            }
            return false;
        } catch (IOException cut) {
            return true;
        }
    }

    private static List<InetAddress> nonLoopbackAddresses() throws IOException {
        List<InetAddress> addresses = new ArrayList<>();
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(network.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    addresses.add(address);
                }
            }
        }
        return addresses;
    }

    static boolean canConnect(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 1000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
