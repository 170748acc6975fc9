package com.morningbackcoach.skill;

import com.morningbackcoach.routine.SavedStep;
import com.morningbackcoach.selfcheck.CheckAnswers;
import com.morningbackcoach.selfcheck.CheckResult;
import com.morningbackcoach.selfcheck.SavedCheck;
import com.morningbackcoach.streak.Streak;
import com.morningbackcoach.timezone.KnownZone;
import com.morningbackcoach.user.UserProfile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Carries a user profile in session attributes as plain JSON values, so a session reads the store only once. */
final class ProfileAttributes {

    private ProfileAttributes() {
    }

    static Map<String, Object> toMap(UserProfile profile) {
        Map<String, Object> map = new LinkedHashMap<>();
        Streak streak = profile.streak();
        map.put("current", streak.current());
        map.put("best", streak.best());
        map.put("total", streak.total());
        putIfPresent(map, "lastMorning", streak.lastMorning());
        if (profile.savedStep() != null) {
            map.put("stepDay", profile.savedStep().day().toString());
            map.put("step", profile.savedStep().step());
        }
        if (profile.zone() != null) {
            map.put("zone", profile.zone().zone().getId());
            map.put("zoneCheckedAt", profile.zone().checkedAt().toString());
        }
        profile.savedCheckIfAny().ifPresent(check -> {
            map.put("checkDay", check.day().toString());
            map.put("checkAnswers", check.answers().codes());
        });
        profile.lastCheckIfAny().ifPresent(check -> {
            map.put("lastCheckDay", check.day().toString());
            map.put("lastCheckAnswers", check.answers().codes());
        });
        putIfPresent(map, "version", profile.version());
        return map;
    }

    /** The profile in {@code value}, or empty when the value is missing or not a profile this skill wrote. */
    static Optional<UserProfile> fromValue(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            return Optional.empty();
        }
        try {
            Streak streak = new Streak(intOf(map, "current"), intOf(map, "best"), intOf(map, "total"),
                    map.get("lastMorning") == null ? null : LocalDate.parse((String) map.get("lastMorning")));
            SavedStep step = map.get("stepDay") == null ? null
                    : new SavedStep(LocalDate.parse((String) map.get("stepDay")), intOf(map, "step"));
            KnownZone zone = map.get("zone") == null ? null
                    : new KnownZone(ZoneId.of((String) map.get("zone")), Instant.parse((String) map.get("zoneCheckedAt")));
            Long version = map.get("version") == null ? null : ((Number) map.get("version")).longValue();
            SavedCheck check = map.get("checkDay") == null ? null : new SavedCheck(
                    LocalDate.parse((String) map.get("checkDay")), CheckAnswers.fromCodes((String) map.get("checkAnswers")));
            CheckResult last = map.get("lastCheckDay") == null ? null : new CheckResult(
                    LocalDate.parse((String) map.get("lastCheckDay")),
                    CheckAnswers.fromCodes((String) map.get("lastCheckAnswers")));
            return Optional.of(new UserProfile(streak, step, zone, version, check, last));
        } catch (RuntimeException corrupt) {
            return Optional.empty();
        }
    }

    private static int intOf(Map<?, ?> map, String key) {
        return ((Number) map.get(key)).intValue();
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value instanceof Number ? value : value.toString());
        }
    }
}
