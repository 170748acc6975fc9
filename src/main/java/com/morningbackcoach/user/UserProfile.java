package com.morningbackcoach.user;

import com.morningbackcoach.routine.SavedStep;
import com.morningbackcoach.selfcheck.CheckResult;
import com.morningbackcoach.selfcheck.SavedCheck;
import com.morningbackcoach.streak.Streak;
import com.morningbackcoach.timezone.KnownZone;

import java.util.Optional;

/**
 * Everything the skill keeps at hand about one user. {@code version} is the stored revision this copy was read at,
 * or null for a user not stored yet.
 */
public record UserProfile(Streak streak, SavedStep savedStep, KnownZone zone, Long version,
                          SavedCheck savedCheck, CheckResult lastCheck) {

    public UserProfile {
        streak = streak == null ? Streak.none() : streak;
    }

    public UserProfile(Streak streak, SavedStep savedStep, KnownZone zone, Long version) {
        this(streak, savedStep, zone, version, null, null);
    }

    public static UserProfile newUser() {
        return new UserProfile(Streak.none(), null, null, null);
    }

    public boolean isReturning() {
        return streak.total() > 0 || lastCheck != null;
    }

    public Optional<SavedStep> savedStepIfAny() {
        return Optional.ofNullable(savedStep);
    }

    public Optional<KnownZone> zoneIfKnown() {
        return Optional.ofNullable(zone);
    }

    public Optional<SavedCheck> savedCheckIfAny() {
        return Optional.ofNullable(savedCheck);
    }

    public Optional<CheckResult> lastCheckIfAny() {
        return Optional.ofNullable(lastCheck);
    }

    public UserProfile withStreak(Streak newStreak) {
        return new UserProfile(newStreak, savedStep, zone, version, savedCheck, lastCheck);
    }

    public UserProfile withSavedStep(SavedStep step) {
        return new UserProfile(streak, step, zone, version, savedCheck, lastCheck);
    }

    public UserProfile withZone(KnownZone newZone) {
        return new UserProfile(streak, savedStep, newZone, version, savedCheck, lastCheck);
    }

    public UserProfile withVersion(Long newVersion) {
        return new UserProfile(streak, savedStep, zone, newVersion, savedCheck, lastCheck);
    }

    public UserProfile withSavedCheck(SavedCheck check) {
        return new UserProfile(streak, savedStep, zone, version, check, lastCheck);
    }

    public UserProfile withLastCheck(CheckResult result) {
        return new UserProfile(streak, savedStep, zone, version, savedCheck, result);
    }
}
