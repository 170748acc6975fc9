package com.morningbackcoach.user;

import com.morningbackcoach.user.StoredProfile;
import com.morningbackcoach.routine.Length;
import com.morningbackcoach.routine.Pace;
import com.morningbackcoach.testing.DynamoDbTestStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A profile with every field set survives the session copy and the store unchanged. The profile is built from its
 * record components, so a field added without a value here fails this test, and a field one codec forgets fails it
 * too.
 */
class ProfileRoundTripTest {

    /** A value for every component of every record in a profile, by "Record.component". */
    private static final Map<String, Object> VALUES = Map.ofEntries(
            Map.entry("UserProfile.version", 7L),
            Map.entry("Streak.current", 3),
            Map.entry("Streak.best", 9),
            Map.entry("Streak.total", 41),
            Map.entry("Streak.lastMorning", LocalDate.parse("2026-11-23")),
            Map.entry("Streak.lastCompletedAt", Instant.parse("2026-11-23T07:12:30Z")),
            Map.entry("SavedPlace.routineId", "morning"),
            Map.entry("RoutinePosition.step", 4),
            Map.entry("RoutinePosition.part", 3),
            Map.entry("SavedPlace.morning", LocalDate.parse("2026-11-24")),
            Map.entry("SavedPlace.savedAt", Instant.parse("2026-11-24T07:03:00Z")),
            Map.entry("RoutineSettings.pace", Pace.SLOW),
            Map.entry("RoutineSettings.length", Length.SHORT),
            Map.entry("RoutineSettings.gentle", true),
            Map.entry("RoutineSettings.safetyNoteGiven", true),
            Map.entry("RoutineSettings.tips", false),
            Map.entry("RoutineSettings.audio", com.morningbackcoach.audio.AudioMode.QUIET),
            Map.entry("Progress.level", 3),
            Map.entry("Progress.levelSetOn", LocalDate.parse("2026-11-19")),
            Map.entry("Progress.askedOn", LocalDate.parse("2026-11-21")),
            Map.entry("Progress.declinedOn", LocalDate.parse("2026-11-22")),
            Map.entry("MorningLog.mornings", List.of(LocalDate.parse("2026-11-20"), LocalDate.parse("2026-11-23"))),
            Map.entry("MorningLog.weeklyGoal", 4),
            Map.entry("MorningLog.weekToldOn", LocalDate.parse("2026-11-22")),
            Map.entry("KnownZone.zone", ZoneId.of("Australia/Adelaide")),
            Map.entry("KnownZone.checkedAt", Instant.parse("2026-11-24T06:59:00Z")),
            Map.entry("DailyReminder.id", "amzn1.alexa.reminder.7f3c2a10-5d4e-4b8a-9c1e-2f6a0b9d8e71"),
            Map.entry("DailyReminder.time", LocalTime.of(6, 45)));

    private final DynamoDbTestStore db = new DynamoDbTestStore();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void fullProfile_shouldRoundTripThroughTheSessionCopy() {
        UserProfile full = full(UserProfile.class);

        assertThat(ProfileSessionCodec.fromValue(ProfileSessionCodec.toMap(StoredProfile.of(full))))
                .isEqualTo(StoredProfile.of(full));
    }

    @Test
    void fullProfile_shouldRoundTripThroughTheStore() {
        UserProfile full = full(UserProfile.class).withVersion(null);

        UserProfile saved = db.store().save("amzn1.ask.account.ROUND-TRIP", new StoredProfile.Absent(), full);

        assertThat(db.store().load("amzn1.ask.account.ROUND-TRIP")).isEqualTo(StoredProfile.of(saved));
        assertThat(saved.withVersion(null)).isEqualTo(full);
    }

    @Test
    void fullProfile_shouldHaveNoComponentLeftEmpty() {
        assertNoNulls(full(UserProfile.class));
    }

    private static <T extends Record> T full(Class<T> type) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            String key = type.getSimpleName() + "." + component.getName();
            if (component.getType().isRecord()) {
                args[i] = full(component.getType().asSubclass(Record.class));
            } else if (VALUES.containsKey(key)) {
                args[i] = VALUES.get(key);
            } else {
                fail("No value for %s: give the new field one here, and carry it in every codec", key);
            }
        }
        try {
            Constructor<T> canonical = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return canonical.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertNoNulls(Record record) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                Object value = component.getAccessor().invoke(record);
                assertThat(value).as(component.getName()).isNotNull();
                if (value instanceof Record nested) {
                    assertNoNulls(nested);
                }
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
    }
}
