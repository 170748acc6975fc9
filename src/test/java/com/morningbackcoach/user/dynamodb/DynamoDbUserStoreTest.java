package com.morningbackcoach.user.dynamodb;

import com.morningbackcoach.alerts.DailyReminder;
import com.morningbackcoach.routine.Length;
import com.morningbackcoach.routine.Pace;
import com.morningbackcoach.routine.Progress;
import com.morningbackcoach.routine.RoutinePosition;
import com.morningbackcoach.routine.RoutineSettings;
import com.morningbackcoach.routine.SavedPlace;
import com.morningbackcoach.streak.MorningLog;
import com.morningbackcoach.streak.Streak;
import com.morningbackcoach.testing.DynamoDbLocalServer;
import com.morningbackcoach.timezone.KnownZone;
import com.morningbackcoach.user.ConcurrentUpdateException;
import com.morningbackcoach.user.StoredProfile;
import com.morningbackcoach.user.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DynamoDbUserStoreTest {

    private static final String USER = "amzn1.ask.account.STORE-TEST";
    /**
     * This morning, not a fixed date: the table keeps a time to live on {@code expiresAt}, and DynamoDB Local removes a
     * deletion mark whose two days have passed, as DynamoDB does.
     */
    private static final Instant MORNING = LocalDate.now(ZoneOffset.UTC).atTime(7, 0).toInstant(ZoneOffset.UTC);
    private static final StoredProfile NOTHING = new StoredProfile.Absent();
    private final String table = DynamoDbLocalServer.newTable();
    private final DynamoDbClient client = DynamoDbLocalServer.client(table);
    private final DynamoDbUserStore store = new DynamoDbUserStore(client, table);

    @AfterEach
    void closeClient() {
        client.close();
    }

    private static UserProfile oneMorning() {
        return UserProfile.newUser().withStreak(Streak.none().completedOn(LocalDate.ofInstant(MORNING, ZoneOffset.UTC), MORNING));
    }

    private Map<String, AttributeValue> item(String user) {
        return client.getItem(b -> b.tableName(table).key(Map.of(
                "pk", AttributeValue.fromS("USER#" + user), "sk", AttributeValue.fromS("PROFILE")))).item();
    }

    @Test
    void load_unknownUser_shouldBeAbsent() {
        assertThat(store.load(USER)).isEqualTo(NOTHING);
    }

    @Test
    void save_thenLoad_shouldRoundTripEveryField() {
        UserProfile profile = new UserProfile(new Streak(3, 7, 12, LocalDate.parse("2026-11-23"),
                Instant.parse("2026-11-23T07:10:00Z")),
                new SavedPlace("morning", new RoutinePosition(4, 2), LocalDate.parse("2026-11-24"),
                        Instant.parse("2026-11-24T07:05:00Z")),
                new RoutineSettings(Pace.SLOW, Length.SHORT, true, true, false),
                new KnownZone(ZoneId.of("America/Los_Angeles"), Instant.parse("2026-11-24T06:00:00Z")),
                new DailyReminder("amzn1.alexa.reminder.0001", LocalTime.of(7, 0)),
                new Progress(3, LocalDate.parse("2026-11-20"), LocalDate.parse("2026-11-22"), LocalDate.parse("2026-11-23")),
                new MorningLog(List.of(LocalDate.parse("2026-11-22"), LocalDate.parse("2026-11-23")), 4,
                        LocalDate.parse("2026-11-22")), null);

        UserProfile saved = store.save(USER, NOTHING, profile);

        assertThat(saved.version()).isEqualTo(1L);
        assertThat(store.load(USER)).isEqualTo(StoredProfile.of(saved));
    }

    @Test
    void aProfileStoredBeforeASettingExisted_shouldTakeTheNextWrite() {
        UserProfile saved = store.save(USER, NOTHING, oneMorning());
        Map<String, AttributeValue> older = new java.util.HashMap<>(item(USER));
        for (String added : List.of("tips", "audio", "level", "weeklyGoal", "safetyNoteGiven", "pace")) {
            assertThat(older.remove(added)).as(added).isNotNull();
        }
        client.putItem(b -> b.tableName(table).item(older));
        StoredProfile read = store.load(USER);
        assertThat(read).isEqualTo(StoredProfile.of(saved));

        UserProfile next = store.save(USER, read, saved.withSettings(saved.settings().withTips(false)));

        assertThat(store.load(USER)).isEqualTo(StoredProfile.of(next));
        assertThat(item(USER)).containsEntry("tips", AttributeValue.fromBool(false))
                .containsEntry("audio", AttributeValue.fromS("FULL"));
    }

    @Test
    void aChangeComputedFromAnotherState_shouldStillConflict_whenAnOlderProfileLacksTheSetting() {
        UserProfile saved = store.save(USER, NOTHING, oneMorning());
        Map<String, AttributeValue> older = new java.util.HashMap<>(item(USER));
        older.remove("audio");
        client.putItem(b -> b.tableName(table).item(older));
        UserProfile musicOff = saved.withSettings(saved.settings().withAudio(com.morningbackcoach.audio.AudioMode.NO_MUSIC));

        assertThatThrownBy(() -> store.save(USER, StoredProfile.of(musicOff), saved))
                .isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void save_newUser_shouldStoreTheDocumentedKeys() {
        store.save(USER, NOTHING, oneMorning());

        assertThat(item(USER)).containsEntry("totalMornings", AttributeValue.fromN("1"))
                .containsEntry("version", AttributeValue.fromN("1"));
    }

    @Test
    void secondSave_fromWhatIsStored_shouldIncrementTheVersion() {
        UserProfile first = store.save(USER, NOTHING, UserProfile.newUser());

        UserProfile second = store.save(USER, StoredProfile.of(first), oneMorning());

        assertThat(second.version()).isEqualTo(2L);
        assertThat(store.load(USER).profile().streak().total()).isEqualTo(1);
    }

    @Test
    void save_fromAStaleCopy_shouldFail_tellWhatIsStored_andKeepIt() {
        UserProfile first = store.save(USER, NOTHING, UserProfile.newUser());
        UserProfile winner = store.save(USER, StoredProfile.of(first), oneMorning());

        assertThatThrownBy(() -> store.save(USER, StoredProfile.of(first), first.withSavedPlace(
                new SavedPlace("morning", new RoutinePosition(2, 1), LocalDate.parse("2026-11-24"), MORNING))))
                .isInstanceOfSatisfying(ConcurrentUpdateException.class,
                        conflict -> assertThat(conflict.current()).contains(StoredProfile.of(winner)));
        assertThat(store.load(USER)).isEqualTo(StoredProfile.of(winner));
    }

    @Test
    void save_fromAForgedCopyWithTheRightVersion_shouldBeRefused() {
        UserProfile stored = store.save(USER, NOTHING, oneMorning());
        UserProfile forged = stored.withStreak(new Streak(50, 50, 50, LocalDate.parse("2026-11-24"), MORNING));

        assertThatThrownBy(() -> store.save(USER, StoredProfile.of(forged), forged.withSettings(
                RoutineSettings.DEFAULT.withGentle(true)))).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(store.load(USER).profile().streak().total()).isEqualTo(1);
    }

    @Test
    void save_newUserTwice_shouldFailTheSecondTime() {
        store.save(USER, NOTHING, UserProfile.newUser());

        assertThatThrownBy(() -> store.save(USER, NOTHING, UserProfile.newUser()))
                .isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void delete_shouldLeaveOnlyTheMark_removeEveryOtherItem_andNoOtherUsersItems() {
        store.save(USER, NOTHING, oneMorning());
        for (int i = 0; i < 30; i++) {
            String sk = "OTHER#" + i;
            client.putItem(b -> b.tableName(table).item(Map.of(
                    "pk", AttributeValue.fromS("USER#" + USER), "sk", AttributeValue.fromS(sk))));
        }
        store.save("someone-else", NOTHING, UserProfile.newUser());

        store.delete(USER, MORNING);

        var items = client.query(b -> b.tableName(table).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("USER#" + USER)))).items();
        assertThat(items).hasSize(1);
        assertThat(items.get(0).keySet()).containsExactlyInAnyOrder("pk", "sk", "deletedAt", "expiresAt");
        assertThat(store.load(USER)).isEqualTo(new StoredProfile.Deleted(MORNING));
        assertThat(store.load("someone-else")).isInstanceOf(StoredProfile.Present.class);
    }

    @Test
    void afterDelete_aWriteFromBefore_shouldBeRefused_butOneThatSawTheMarkMayStoreAnew() {
        UserProfile before = store.save(USER, NOTHING, oneMorning());
        store.delete(USER, MORNING);

        assertThatThrownBy(() -> store.save(USER, StoredProfile.of(before), before.withSettings(
                RoutineSettings.DEFAULT.withGentle(true)))).isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> store.save(USER, NOTHING, oneMorning())).isInstanceOf(ConcurrentUpdateException.class);
        UserProfile fresh = store.save(USER, new StoredProfile.Deleted(MORNING), UserProfile.newUser());

        assertThat(store.load(USER)).isEqualTo(StoredProfile.of(fresh));
    }

    @Test
    void deletionMark_shouldExpireByTtlAfterTwoDays() {
        store.delete("nobody", MORNING);

        assertThat(Long.parseLong(item("nobody").get("expiresAt").n()))
                .isEqualTo(MORNING.plusSeconds(2 * 24 * 3600).getEpochSecond());
    }
}
