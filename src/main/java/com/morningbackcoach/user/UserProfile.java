package com.morningbackcoach.user;

import com.morningbackcoach.routine.SavedStep;
import com.morningbackcoach.streak.Streak;
import com.morningbackcoach.timezone.KnownZone;

import java.util.Optional;

/**
 * Everything the skill keeps about one user: the streak, today's place in the routine and the device time zone.
 * Never a self-check answer or anything said about pain. {@code version} is the stored revision this copy was read
 * at, or null for a user not stored yet.
 */
public record UserProfile(Streak streak, SavedStep savedStep, KnownZone zone, Long version) {

    public UserProfile {
        streak = streak == null ? Streak.none() : streak;
        if (version != null && version < 1) {
            throw new IllegalArgumentException("Invalid version " + version);
        }
    }

    public static UserProfile newUser() {
        return new UserProfile(Streak.none(), null, null, null);
    }

    public boolean isReturning() {
        return streak.total() > 0 || savedStep != null;
    }

    public Optional<SavedStep> savedStepIfAny() {
        return Optional.ofNullable(savedStep);
    }

    public Optional<KnownZone> zoneIfKnown() {
        return Optional.ofNullable(zone);
    }

    public UserProfile withStreak(Streak newStreak) {
        return new UserProfile(newStreak, savedStep, zone, version);
    }

    public UserProfile withSavedStep(SavedStep step) {
        return new UserProfile(streak, step, zone, version);
    }

    public UserProfile withZone(KnownZone newZone) {
        return new UserProfile(streak, savedStep, newZone, version);
    }

    public UserProfile withVersion(Long newVersion) {
        return new UserProfile(streak, savedStep, zone, newVersion);
    }
}
