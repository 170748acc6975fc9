package com.morningbackcoach.user;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.testing.DynamoDbLocalServer;
import com.morningbackcoach.testing.DynamoDbTestStore;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import com.morningbackcoach.user.dynamodb.DynamoDbClients;
import com.morningbackcoach.user.dynamodb.DynamoDbSettings;
import com.morningbackcoach.user.dynamodb.DynamoDbUserStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.AwsRequest;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.morningbackcoach.testing.TestStores.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.AdditionalAnswers.delegatesTo;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

/**
 * DynamoDB refusing connections, hanging, answering slowly or throttling: with the skill's own timeouts, every turn
 * still answers within three seconds with the step or the answer, says plainly what could not be saved, and nothing
 * stored is lost.
 */
class StoreFaultTest {

    static final Duration ANSWER_WITHIN = Duration.ofSeconds(3);
    /** The turn's budget starts a moment after the test notes the time, when the skill reads the request. */
    static final long BUDGET_START_SLACK_MS = 50;
    private final DynamoDbTestStore db = new DynamoDbTestStore();
    private final MutableClock clock = MutableClock.at("2026-11-24T07:00:00Z");
    private StoredProfile before;
    private String userId;

    @BeforeEach
    void returningUserOnStepTwo() {
        SkillConversation talk = conversationOn(db.store());
        talk.completeRoutine();
        clock.advance(Duration.ofDays(1));
        talk.launch();
        talk.say("StartRoutineIntent");
        talk.say("AMAZON.NextIntent");
        talk.endSession();
        userId = talk.userId();
        before = db.store().load(userId);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private SkillConversation conversationOn(UserStore store) {
        return new SkillConversation(TestServices.with(store, clock, ZoneId.of("UTC")));
    }

    /** The skill's production settings against {@code endpoint}. */
    private DynamoDbUserStore storeAt(URI endpoint, ExecutionInterceptor... interceptors) {
        DynamoDbSettings settings = DynamoDbSettings.local(db.table(), endpoint);
        return new DynamoDbUserStore(DynamoDbClients.create(settings, List.of(interceptors)), db.table());
    }

    private Reply timed(SkillConversation talk, String intent) {
        long start = System.nanoTime();
        Reply reply = talk.say(intent);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time to answer %s", intent)
                .isLessThan(ANSWER_WITHIN);
        assertThat(reply.speech()).doesNotContain("went wrong");
        return reply;
    }

    @Test
    void connectionsRefused_returningUser_shouldHearProgressIsUnreachable_notAWelcome_andStillBeLed() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        SkillConversation talk = conversationOn(storeAt(URI.create("http://127.0.0.1:" + closedPort)));

        Reply launch = timed(talk, "LaunchRequest");
        Reply routine = talk.say("StartRoutineIntent");
        Reply step = routine.question().equals("routine.offer.safety_note") ? timed(talk, "AMAZON.NoIntent") : routine;

        assertThat(launch.speech()).contains("can't reach your progress").doesNotContain("welcome to Morning Back Coach");
        assertThat(step.speech()).contains("Step 1 of 5", "couldn't save your progress");
        assertThat(db.store().load(userId)).isEqualTo(before);
    }

    @Test
    void hungServer_shouldTimeOutQuickly_andStillLeadTheStep() throws IOException {
        try (ServerSocket hung = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            SkillConversation talk = conversationOn(storeAt(URI.create("http://127.0.0.1:" + hung.getLocalPort())));

            Reply next = timed(talk, "AMAZON.NextIntent");

            assertThat(next.speech()).isNotBlank();
            assertThat(db.store().load(userId)).isEqualTo(before);
        }
    }

    @Test
    void aHungStore_shouldGetNoCallThatOutlastsTheTurnsStorageBudget() throws IOException {
        List<long[]> calls = new CopyOnWriteArrayList<>();
        ExecutionInterceptor recorder = new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                long limit = ((AwsRequest) context.request()).overrideConfiguration()
                        .flatMap(AwsRequestOverrideConfiguration::apiCallTimeout)
                        .orElse(DynamoDbSettings.DEFAULT_API_CALL_TIMEOUT).toMillis();
                calls.add(new long[] {System.nanoTime(), limit});
            }
        };
        try (ServerSocket hung = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Switchable store = new Switchable(db.store());
            SkillConversation talk = conversationOn(store);
            talk.launch();
            talk.say("StartRoutineIntent");
            clock.advance(Duration.ofMinutes(1));
            store.to(storeAt(URI.create("http://127.0.0.1:" + hung.getLocalPort()), recorder));
            long turnStart = System.nanoTime();

            Reply next = talk.say("AMAZON.NextIntent");

            assertThat(next.speech()).contains("couldn't save your progress");

            assertThat(calls).as("writes tried").isNotEmpty();
            assertThat(calls).allSatisfy(call -> assertThat(Duration.ofNanos(call[0] - turnStart).toMillis() + call[1])
                    .as("when the call must end, from just before the turn began, in ms")
                    .isLessThanOrEqualTo(Conversation.STORAGE_BUDGET.toMillis() + BUDGET_START_SLACK_MS));
        }
    }

    @Test
    void slowResponses_shouldTimeOutWithinTheBudget_leadFromTheTopWithoutTheSafetyNote_sayNotSaved_andKeepTheStoredProfile() {
        ExecutionInterceptor slow = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                sleep(Duration.ofMillis(1500));
            }
        };
        SkillConversation talk = conversationOn(storeAt(DynamoDbLocalServer.get().endpoint(), slow));

        Reply next = timed(talk, "AMAZON.NextIntent");
        Reply after = timed(talk, "AMAZON.NextIntent");

        assertThat(next.speech()).contains("can't reach your saved place", "Step 1 of 5", "couldn't save your progress")
                .doesNotContain("safety note");
        assertThat(after.speech()).contains("couldn't save your progress");
        assertThat(db.store().load(userId)).isEqualTo(before);
    }

    @Test
    void throttledWrites_shouldStillLeadTheStep_sayNotSaved_andKeepTheStoredProfile() {
        DynamoDbClient throttled = mock(DynamoDbClient.class, delegatesTo(db.client()));
        doThrow(ProvisionedThroughputExceededException.builder().message("Rate exceeded").build())
                .when(throttled).putItem(any(PutItemRequest.class));

        Reply reply = timed(conversationOn(new DynamoDbUserStore(throttled, db.table())), "AMAZON.NextIntent");

        assertThat(reply.speech()).contains("knee hugs", "couldn't save your progress");
        assertThat(db.store().load(userId)).isEqualTo(before);
    }

    @Test
    void aFailedRead_shouldNeverBeWrittenOverTheRealProfile() {
        DynamoDbClient flakyRead = mock(DynamoDbClient.class, delegatesTo(db.client()));
        doThrow(software.amazon.awssdk.core.exception.SdkClientException.create("Read timed out"))
                .when(flakyRead).getItem(any(GetItemRequest.class));
        SkillConversation talk = conversationOn(new DynamoDbUserStore(flakyRead, db.table()));

        talk.say("StartRoutineIntent");
        talk.say("AMAZON.NoIntent");
        talk.say("AdjustRoutineIntent", Map.of("change", "gentle|GENTLE"));

        assertThat(db.store().load(userId)).isEqualTo(before);
        assertThat(stored(db.store(), userId).streak().total()).isEqualTo(1);
    }

    /** A store that can be swapped mid-conversation, as when the database stops answering between two turns. */
    private static final class Switchable implements UserStore {

        private volatile UserStore store;

        Switchable(UserStore store) {
            this.store = store;
        }

        void to(UserStore other) {
            store = other;
        }

        @Override
        public StoredProfile load(String userId) {
            return store.load(userId);
        }

        @Override
        public StoredProfile load(String userId, Duration timeout) {
            return store.load(userId, timeout);
        }

        @Override
        public UserProfile save(String userId, StoredProfile expected, UserProfile changed) {
            return store.save(userId, expected, changed);
        }

        @Override
        public UserProfile save(String userId, StoredProfile expected, UserProfile changed, Duration timeout) {
            return store.save(userId, expected, changed, timeout);
        }

        @Override
        public void delete(String userId, Instant at) {
            store.delete(userId, at);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
