package com.morningbackcoach.user;

import com.morningbackcoach.alerts.DailyReminder;
import com.morningbackcoach.routine.Length;
import com.morningbackcoach.routine.Pace;
import com.morningbackcoach.routine.Progress;
import com.morningbackcoach.routine.RoutinePosition;
import com.morningbackcoach.routine.RoutineSettings;
import com.morningbackcoach.routine.SavedPlace;
import com.morningbackcoach.streak.MorningLog;
import com.morningbackcoach.streak.Streak;
import com.morningbackcoach.timezone.KnownZone;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The session copy of a profile comes back from outside. Every field it reads, missing, null or of the wrong type, either
 * reads as nothing (the decoder throws, which the session key turns into "no copy") or reads as a whole profile that
 * writes back to the session unchanged: never a half-valid one that fails later.
 */
class ProfileSessionCodecTest {

    private static final Object MISSING = new Object() {
        @Override
        public String toString() {
            return "missing";
        }
    };

    private static Map<String, Object> full() {
        UserProfile profile = new UserProfile(
                new Streak(3, 9, 41, LocalDate.parse("2026-11-23"), Instant.parse("2026-11-23T07:12:30Z")),
                new SavedPlace("morning", new RoutinePosition(2, 1), LocalDate.parse("2026-11-24"),
                        Instant.parse("2026-11-24T07:03:00Z")),
                new RoutineSettings(Pace.SLOW, Length.SHORT, true, true, false),
                new KnownZone(ZoneId.of("Australia/Adelaide"), Instant.parse("2026-11-24T06:59:00Z")),
                new DailyReminder("amzn1.alexa.reminder.1", LocalTime.of(6, 45)),
                new Progress(3, LocalDate.parse("2026-11-20"), LocalDate.parse("2026-11-22"), LocalDate.parse("2026-11-23")),
                new MorningLog(List.of(LocalDate.parse("2026-11-22"), LocalDate.parse("2026-11-23")), 4,
                        LocalDate.parse("2026-11-22")), 7L);
        return ProfileSessionCodec.toMap(StoredProfile.of(profile));
    }

    static Stream<Arguments> damagedFields() {
        List<Object> damage = List.of(MISSING, "null", 42, 4.5, "text", "9999-99-99", List.of(), Map.of(), true);
        List<Arguments> cases = new ArrayList<>();
        for (String key : full().keySet()) {
            for (Object value : damage) {
                cases.add(Arguments.of(key, value));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("damagedFields")
    void aDamagedField_shouldReadAsNothing_orAsAWholeProfileThatWritesBack(String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(full());
        if (value == MISSING) {
            copy.remove(key);
        } else {
            copy.put(key, "null".equals(value) ? null : value);
        }

        Throwable refused = catchThrowable(() -> ProfileSessionCodec.fromValue(copy));

        if (refused != null) {
            assertThat(refused).isInstanceOf(RuntimeException.class);
            return;
        }
        StoredProfile read = ProfileSessionCodec.fromValue(copy);
        assertThatCode(() -> ProfileSessionCodec.toMap(read)).doesNotThrowAnyException();
        assertThat(ProfileSessionCodec.fromValue(ProfileSessionCodec.toMap(read))).isEqualTo(read);
    }
}
