package com.morningbackcoach.user;

import com.morningbackcoach.audio.AudioMode;
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

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Carries what the store holds for a user in session attributes as plain JSON values, so a session reads the store
 * only once. What comes back is checked like anything else from outside: a value that breaks a rule of the domain
 * reads as nothing. A copy that reads back but was forged cannot be written: every write names the exact stored item.
 */
public final class ProfileSessionCodec {

    private ProfileSessionCodec() {
    }

    public static Map<String, Object> toMap(StoredProfile stored) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (stored instanceof StoredProfile.Deleted deleted) {
            map.put("deletedAt", deleted.at().toString());
            return map;
        }
        if (stored instanceof StoredProfile.Absent) {
            map.put("absent", true);
            return map;
        }
        UserProfile profile = stored.profile();
        Streak streak = profile.streak();
        map.put("current", streak.current());
        map.put("best", streak.best());
        map.put("total", streak.total());
        putIfPresent(map, "lastMorning", streak.lastMorning());
        putIfPresent(map, "lastCompletedAt", streak.lastCompletedAt());
        profile.savedPlaceIfAny().ifPresent(place -> {
            map.put("placeRoutine", place.routineId());
            map.put("placeStep", place.position().step());
            map.put("placePart", place.position().part());
            map.put("placeMorning", place.morning().toString());
            map.put("placeSavedAt", place.savedAt().toString());
        });
        RoutineSettings settings = profile.settings();
        map.put("pace", settings.pace().name());
        map.put("length", settings.length().name());
        map.put("gentle", settings.gentle());
        map.put("safetyNoteGiven", settings.safetyNoteGiven());
        map.put("tips", settings.tips());
        map.put("audio", settings.audio().name());
        Progress progress = profile.progress();
        map.put("level", progress.level());
        putIfPresent(map, "levelSetOn", progress.levelSetOn());
        putIfPresent(map, "levelAskedOn", progress.askedOn());
        putIfPresent(map, "levelDeclinedOn", progress.declinedOn());
        MorningLog log = profile.mornings();
        map.put("mornings", log.mornings().stream().map(LocalDate::toString).toList());
        map.put("weeklyGoal", log.weeklyGoal());
        putIfPresent(map, "weekToldOn", log.weekToldOn());
        profile.zoneIfKnown().ifPresent(zone -> {
            map.put("zone", zone.zone().getId());
            map.put("zoneCheckedAt", zone.checkedAt().toString());
        });
        profile.reminderIfAny().ifPresent(reminder -> {
            map.put("reminderId", reminder.id());
            map.put("reminderTime", reminder.time().toString());
        });
        putIfPresent(map, "version", profile.version());
        return map;
    }

    /** The stored state in {@code value}; throws for anything that is not a whole, valid one this skill wrote. */
    public static StoredProfile fromValue(Object value) {
        Map<?, ?> map = (Map<?, ?>) value;
        if (map.get("deletedAt") != null) {
            return new StoredProfile.Deleted(instantOf(map, "deletedAt"));
        }
        if (Boolean.TRUE.equals(map.get("absent"))) {
            return new StoredProfile.Absent();
        }
        Streak streak = new Streak(intOf(map, "current"), intOf(map, "best"), intOf(map, "total"),
                dateOf(map, "lastMorning"), instantOf(map, "lastCompletedAt"));
        SavedPlace place = map.get("placeRoutine") == null ? null : new SavedPlace((String) map.get("placeRoutine"),
                new RoutinePosition(intOf(map, "placeStep"), intOf(map, "placePart")),
                dateOf(map, "placeMorning"), instantOf(map, "placeSavedAt"));
        RoutineSettings settings = new RoutineSettings(Pace.valueOf((String) map.get("pace")),
                Length.valueOf((String) map.get("length")), (Boolean) map.get("gentle"),
                (Boolean) map.get("safetyNoteGiven"), (Boolean) map.get("tips"),
                map.get("audio") == null ? AudioMode.FULL : AudioMode.valueOf((String) map.get("audio")));
        Progress progress = new Progress(intOf(map, "level"), dateOf(map, "levelSetOn"), dateOf(map, "levelAskedOn"),
                dateOf(map, "levelDeclinedOn"));
        List<LocalDate> mornings = ((List<?>) map.get("mornings")).stream()
                .map(day -> LocalDate.parse((String) day)).toList();
        MorningLog log = new MorningLog(mornings, intOf(map, "weeklyGoal"), dateOf(map, "weekToldOn"));
        KnownZone zone = map.get("zone") == null ? null
                : new KnownZone(ZoneId.of((String) map.get("zone")), instantOf(map, "zoneCheckedAt"));
        DailyReminder reminder = map.get("reminderId") == null ? null
                : new DailyReminder((String) map.get("reminderId"), LocalTime.parse((String) map.get("reminderTime")));
        return new StoredProfile.Present(new UserProfile(streak, place, settings, zone, reminder, progress,
                log, longOf(map, "version")));
    }

    private static int intOf(Map<?, ?> map, String key) {
        return Math.toIntExact(longOf(map, key));
    }

    private static long longOf(Map<?, ?> map, String key) {
        Number number = (Number) map.get(key);
        if (number.doubleValue() != number.longValue()) {
            throw new IllegalArgumentException(key + " is not a whole number");
        }
        return number.longValue();
    }

    private static LocalDate dateOf(Map<?, ?> map, String key) {
        return map.get(key) == null ? null : LocalDate.parse((String) map.get(key));
    }

    private static Instant instantOf(Map<?, ?> map, String key) {
        return map.get(key) == null ? null : Instant.parse((String) map.get(key));
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value instanceof Number ? value : value.toString());
        }
    }
}
