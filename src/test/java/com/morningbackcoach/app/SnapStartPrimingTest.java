package com.morningbackcoach.app;

import com.morningbackcoach.testing.DynamoDbLocalServer;
import com.morningbackcoach.testing.DynamoDbTestStore;
import com.morningbackcoach.user.StoredProfile;
import com.morningbackcoach.user.StoreException;
import com.morningbackcoach.user.UserProfile;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * SnapStart priming runs the Lambda handler itself, as Lambda's init builds it, through its whole storage path against
 * a loopback stub, and leaves nothing behind: nothing in the real table, no credentials asked for, the real store in
 * use again afterwards.
 */
class SnapStartPrimingTest {

    private static final String SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-00000000test";

    @Test
    void prime_shouldAnswerEverySyntheticRequestWithSpeech_throughTheDynamoDbSettingsApiAndScreenPaths() {
        try (DynamoDbTestStore real = new DynamoDbTestStore()) {
            MorningBackCoachStreamHandler handler = new MorningBackCoachStreamHandler(runtimeOn(real.table()));

            SnapStartPriming.Result result = handler.priming().prime();

            assertThat(result.requests()).isGreaterThanOrEqualTo(15);
            assertThat(result.answered()).isEqualTo(result.requests());
            assertThat(result.audio()).as("routine parts played as APL for Audio").isGreaterThanOrEqualTo(1);
            assertThat(result.screens()).as("answers shown on a screen, taps among the requests")
                    .isPositive().isLessThan(result.requests());
            assertThat(result.getItems()).as("profiles read through the stand-in client").isGreaterThanOrEqualTo(2);
            assertThat(result.putItems()).as("changes written through the stand-in client").isGreaterThanOrEqualTo(1);
            assertThat(result.settingsCalls()).as("time zones asked of the Settings API").isGreaterThanOrEqualTo(1);
            assertThat(result.tlsHandshakes()).as("TLS handshakes begun").isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void classPriming_shouldFindEveryListedClass() throws IOException {
        String list;
        try (var in = SnapStartPriming.class.getResourceAsStream(SnapStartPriming.CLASSES)) {
            list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        long listed = list.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).count();

        assertThat(SnapStartPriming.loadClasses()).isEqualTo(listed);
    }

    @Test
    void prime_shouldStoreNothingInTheRealTable_andLeaveTheRealStoreInUse() {
        try (DynamoDbTestStore real = new DynamoDbTestStore()) {
            SkillRuntime runtime = runtimeOn(real.table());
            MorningBackCoachStreamHandler handler = new MorningBackCoachStreamHandler(runtime);

            handler.priming().prime();

            assertThat(real.client().scan(b -> b.tableName(real.table())).count()).isZero();
            String user = "amzn1.ask.account.AFTER-PRIMING";
            real.store().save(user, new StoredProfile.Absent(), UserProfile.newUser());
            assertThat(runtime.store().load(user)).isInstanceOf(StoredProfile.Present.class);
        }
    }

    @Test
    void beforeCheckpoint_shouldNeverAskForCredentials_whichTheFirstRealCallThenDoes() throws IOException {
        assumeTrue(System.getenv("AWS_ACCESS_KEY_ID") == null && System.getenv("AWS_CONTAINER_CREDENTIALS_FULL_URI") == null,
                "the environment carries credentials of its own");
        AtomicInteger asked = new AtomicInteger();
        HttpServer credentials = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        credentials.createContext("/credentials", exchange -> {
            asked.incrementAndGet();
            byte[] body = ("{\"AccessKeyId\":\"ASIAEXAMPLE\",\"SecretAccessKey\":\"secret\",\"Token\":\"token\","
                    + "\"Expiration\":\"" + Instant.now().plusSeconds(3600) + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        credentials.start();
        // As under SnapStart: the role's keys are offered by the container endpoint only
        System.setProperty("aws.containerCredentialsFullUri",
                "http://127.0.0.1:" + credentials.getAddress().getPort() + "/credentials");
        try {
            // The real AWS wiring (no local endpoint); the real endpoint is never reached in this test's time budget
            SkillRuntime runtime = SkillRuntime.fromEnvironment(Map.of("TABLE_NAME", "users", "AWS_REGION", "us-east-1",
                    "AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start", "SKILL_ID", SKILL_ID));
            MorningBackCoachStreamHandler handler = new MorningBackCoachStreamHandler(runtime);

            new SnapStartPriming(handler, runtime).beforeCheckpoint(null);
            new SnapStartPriming(handler, runtime).afterRestore(null);

            assertThat(asked.get()).as("credentials asked for before the snapshot").isZero();
            Throwable offline = catchThrowable(() -> runtime.store().load("amzn1.ask.account.AFTER-RESTORE"));
            assertThat(offline).isInstanceOf(StoreException.class);
            assertThat(asked.get()).as("credentials asked for by the first real call").isPositive();
        } finally {
            System.clearProperty("aws.containerCredentialsFullUri");
            credentials.stop(0);
        }
    }

    @Test
    void beforeCheckpoint_shouldPrimeWithoutThrowing() {
        try (DynamoDbTestStore real = new DynamoDbTestStore()) {
            MorningBackCoachStreamHandler handler = new MorningBackCoachStreamHandler(runtimeOn(real.table()));
            assertThatCode(() -> handler.priming().beforeCheckpoint(null)).doesNotThrowAnyException();
        }
    }

    private static SkillRuntime runtimeOn(String table) {
        Map<String, String> env = new HashMap<>();
        env.put("TABLE_NAME", table);
        env.put("DYNAMODB_ENDPOINT", DynamoDbLocalServer.get().endpoint().toString());
        env.put("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start");
        env.put("SKILL_ID", SKILL_ID);
        return SkillRuntime.fromEnvironment(env);
    }
}
