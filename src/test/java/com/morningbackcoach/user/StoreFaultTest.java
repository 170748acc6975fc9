package com.morningbackcoach.user;

import com.morningbackcoach.user.StoredProfile;
import com.morningbackcoach.testing.DynamoDbLocalServer;
import com.morningbackcoach.testing.DynamoDbTestStore;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import com.morningbackcoach.user.dynamodb.DynamoDbClients;
import com.morningbackcoach.user.dynamodb.DynamoDbUserStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import static com.morningbackcoach.testing.TestStores.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.AdditionalAnswers.delegatesTo;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

class StoreFaultTest {

    private final DynamoDbTestStore db = new DynamoDbTestStore();
    private final MutableClock clock = MutableClock.at("2026-11-24T07:00:00Z");
    private UserProfile before;
    private String userId;

    @BeforeEach
    void userOnStepTwo() {
        SkillConversation talk = conversationOn(db.store());
        talk.completeRoutine();
        clock.advance(Duration.ofDays(1));
        talk.launch();
        talk.say("StartRoutineIntent");
        talk.say("AMAZON.NextIntent");
        talk.endSession();
        userId = talk.userId();
        before = stored(db.store(), userId);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private SkillConversation conversationOn(UserStore store) {
        return new SkillConversation(TestServices.with(store, clock, ZoneId.of("UTC")));
    }

    @Test
    void throttledWrites_shouldStillSpeakTheStep_sayItWasNotSaved_andKeepTheStoredProfile() {
        DynamoDbClient throttled = mock(DynamoDbClient.class, delegatesTo(db.client()));
        doThrow(ProvisionedThroughputExceededException.builder().message("Rate exceeded").build())
                .when(throttled).putItem(any(PutItemRequest.class));

        Reply reply = conversationOn(new DynamoDbUserStore(throttled, db.table())).say("AMAZON.NextIntent");

        assertThat(reply.speech()).contains("Next, knee hugs", "couldn't save your progress");
        assertThat(db.store().load(userId)).isEqualTo(StoredProfile.of(before));
    }

    @Test
    void databaseDown_shouldStillAnswer_andLoseNothing() {
        DynamoDbClient down = mock(DynamoDbClient.class, delegatesTo(db.client()));
        doThrow(SdkClientException.create("Unable to execute HTTP request: Connection refused"))
                .when(down).getItem(any(GetItemRequest.class));
        doThrow(SdkClientException.create("Unable to execute HTTP request: Connection refused"))
                .when(down).putItem(any(PutItemRequest.class));
        SkillConversation talk = conversationOn(new DynamoDbUserStore(down, db.table()));

        Reply greeting = talk.launch();
        Reply step = pastTheSafetyNote(talk, talk.say("StartRoutineIntent"));

        assertThat(greeting.speech()).isNotBlank();
        assertThat(greeting.endsSession()).isFalse();
        assertThat(step.speech()).contains("Step 1 of 5", "couldn't save your progress");
        assertThat(db.store().load(userId)).isEqualTo(StoredProfile.of(before));
    }

    @Test
    void slowDatabase_shouldTimeOutQuickly_andStillSpeakTheStep() {
        ExecutionInterceptor slow = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                try {
                    Thread.sleep(2_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        DynamoDbClient slowClient = DynamoDbClients.create(DynamoDbLocalServer.settings(db.table())
                .withTimeouts(Duration.ofMillis(300), Duration.ofMillis(200)), List.of(slow));

        SkillConversation talk = conversationOn(new DynamoDbUserStore(slowClient, db.table()));
        Reply reply = pastTheSafetyNote(talk, talk.say("AMAZON.NextIntent"));

        assertThat(reply.speech()).contains("Step", "couldn't save your progress");
        assertThat(db.store().load(userId)).isEqualTo(StoredProfile.of(before));
        slowClient.close();
    }

    @Test
    void databaseBackAfterAFailedRead_shouldNotOverwriteTheRealProfile() {
        DynamoDbClient flakyRead = mock(DynamoDbClient.class, delegatesTo(db.client()));
        doThrow(SdkClientException.create("Read timed out")).when(flakyRead).getItem(any(GetItemRequest.class));
        SkillConversation talk = conversationOn(new DynamoDbUserStore(flakyRead, db.table()));

        talk.say("StartRoutineIntent");

        UserProfile after = stored(db.store(), userId);
        assertThat(after.streak()).isEqualTo(before.streak());
    }

    /** A user whose profile cannot be read hears the safety note again, to be safe; this answers it. */
    private static Reply pastTheSafetyNote(SkillConversation talk, Reply reply) {
        return reply.question().equals("routine.offer.safety_note") ? talk.say("AMAZON.NoIntent") : reply;
    }
}
