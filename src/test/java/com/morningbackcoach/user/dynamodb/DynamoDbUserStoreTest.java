package com.morningbackcoach.user.dynamodb;

import com.morningbackcoach.routine.Length;
import com.morningbackcoach.routine.Pace;
import com.morningbackcoach.routine.RoutinePosition;
import com.morningbackcoach.routine.RoutineSettings;
import com.morningbackcoach.routine.SavedPlace;
import com.morningbackcoach.streak.Streak;
import com.morningbackcoach.testing.DynamoDbLocalServer;
import com.morningbackcoach.timezone.KnownZone;
import com.morningbackcoach.user.ConcurrentUpdateException;
import com.morningbackcoach.user.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DynamoDbUserStoreTest {

    private static final String USER = "amzn1.ask.account.STORE-TEST";
    private static final Instant MORNING = Instant.parse("2026-11-24T07:00:00Z");
    private final String table = DynamoDbLocalServer.newTable();
    private final DynamoDbClient client = DynamoDbLocalServer.client(table);
    private final DynamoDbUserStore store = new DynamoDbUserStore(client, table);

    @AfterEach
    void closeClient() {
        client.close();
    }

    @Test
    void load_unknownUser_shouldBeEmpty() {
        assertThat(store.load(USER)).isEmpty();
    }

    @Test
    void save_thenLoad_shouldRoundTripEveryField() {
        UserProfile profile = new UserProfile(new Streak(3, 7, 12, LocalDate.parse("2026-11-23"),
                Instant.parse("2026-11-23T07:10:00Z")),
                new SavedPlace("morning", new RoutinePosition(4, 2), LocalDate.parse("2026-11-24"),
                        Instant.parse("2026-11-24T07:05:00Z")),
                new RoutineSettings(Pace.SLOW, Length.SHORT, true, true),
                new KnownZone(ZoneId.of("America/Los_Angeles"), Instant.parse("2026-11-24T06:00:00Z")), null);

        UserProfile saved = store.save(USER, profile);

        assertThat(saved.version()).isEqualTo(1L);
        assertThat(store.load(USER)).contains(saved);
    }

    @Test
    void save_newUser_shouldStoreTheDocumentedKeys() {
        store.save(USER, UserProfile.newUser().withStreak(Streak.none().completedOn(LocalDate.parse("2026-11-24"), MORNING)));

        Map<String, AttributeValue> item = client.getItem(b -> b.tableName(table).key(Map.of(
                "pk", AttributeValue.fromS("USER#" + USER), "sk", AttributeValue.fromS("PROFILE")))).item();

        assertThat(item).containsEntry("totalMornings", AttributeValue.fromN("1"))
                .containsEntry("version", AttributeValue.fromN("1"));
    }

    @Test
    void secondSave_withCurrentVersion_shouldIncrementTheVersion() {
        UserProfile first = store.save(USER, UserProfile.newUser());

        UserProfile second = store.save(USER, first.withStreak(Streak.none().completedOn(LocalDate.parse("2026-11-24"), MORNING)));

        assertThat(second.version()).isEqualTo(2L);
        assertThat(store.load(USER).orElseThrow().streak().total()).isEqualTo(1);
    }

    @Test
    void save_withStaleVersion_shouldFailAsConcurrentUpdate_andKeepTheStoredProfile() {
        UserProfile first = store.save(USER, UserProfile.newUser());
        UserProfile winner = store.save(USER, first.withStreak(Streak.none().completedOn(LocalDate.parse("2026-11-24"), MORNING)));

        assertThatThrownBy(() -> store.save(USER, first.withSavedPlace(
                new SavedPlace("morning", new RoutinePosition(2, 1), LocalDate.parse("2026-11-24"), MORNING))))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(store.load(USER)).contains(winner);
    }

    @Test
    void save_newUserTwice_shouldFailTheSecondTime() {
        store.save(USER, UserProfile.newUser());

        assertThatThrownBy(() -> store.save(USER, UserProfile.newUser())).isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void delete_shouldRemoveEveryItemOfTheUser_andNoOtherUsersItems() {
        store.save(USER, UserProfile.newUser());
        for (int i = 0; i < 30; i++) {
            String sk = "OTHER#" + i;
            client.putItem(b -> b.tableName(table).item(Map.of(
                    "pk", AttributeValue.fromS("USER#" + USER), "sk", AttributeValue.fromS(sk))));
        }
        store.save("someone-else", UserProfile.newUser());

        store.delete(USER);

        assertThat(client.query(b -> b.tableName(table).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("USER#" + USER)))).count()).isZero();
        assertThat(store.load("someone-else")).isPresent();
    }

    @Test
    void delete_unknownUser_shouldDoNothing() {
        store.delete("nobody");

        assertThat(store.load("nobody")).isEmpty();
    }
}
