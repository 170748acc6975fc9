package com.morningbackcoach.user;

import com.morningbackcoach.alerts.DailyReminder;
import com.morningbackcoach.routine.Progress;
import com.morningbackcoach.routine.RoutineSettings;
import com.morningbackcoach.routine.SavedPlace;
import com.morningbackcoach.streak.MorningLog;
import com.morningbackcoach.streak.Streak;
import com.morningbackcoach.timezone.KnownZone;

import java.util.Optional;

/**
 * Everything the skill keeps about one user: the streak and the mornings of the last eight weeks with the weekly goal,
 * this morning's place in the routine, the level and when it was set, how they like the routine, the device time
 * zone, and the daily reminder's id and time. Never a self-check answer, anything said about pain, or how a session
 * felt. {@code version} is the stored revision this copy was read at (one that can still be counted up), or null for
 * a user not stored yet.
 */
public record UserProfile(Streak streak, SavedPlace savedPlace, RoutineSettings settings, KnownZone zone,
                          DailyReminder reminder, Progress progress, MorningLog mornings, Long version) {

    public UserProfile {
        streak = streak == null ? Streak.none() : streak;
        settings = settings == null ? RoutineSettings.DEFAULT : settings;
        progress = progress == null ? Progress.NEW : progress;
        mornings = mornings == null ? MorningLog.NEW : mornings;
        if (version != null && (version < 1 || version == Long.MAX_VALUE)) {
            throw new IllegalArgumentException("Invalid version " + version);
        }
    }

    public static UserProfile newUser() {
        return new UserProfile(Streak.none(), null, RoutineSettings.DEFAULT, null, null, Progress.NEW, MorningLog.NEW,
                null);
    }

    public boolean isReturning() {
        return streak.total() > 0 || savedPlace != null || settings.safetyNoteGiven();
    }

    public Optional<SavedPlace> savedPlaceIfAny() {
        return Optional.ofNullable(savedPlace);
    }

    public Optional<KnownZone> zoneIfKnown() {
        return Optional.ofNullable(zone);
    }

    public Optional<DailyReminder> reminderIfAny() {
        return Optional.ofNullable(reminder);
    }

    /** With {@code newReminder} kept, or none when null. */
    public UserProfile withReminder(DailyReminder newReminder) {
        return new UserProfile(streak, savedPlace, settings, zone, newReminder, progress, mornings, version);
    }

    public UserProfile withStreak(Streak newStreak) {
        return new UserProfile(newStreak, savedPlace, settings, zone, reminder, progress, mornings, version);
    }

    public UserProfile withSavedPlace(SavedPlace place) {
        return new UserProfile(streak, place, settings, zone, reminder, progress, mornings, version);
    }

    public UserProfile withSettings(RoutineSettings newSettings) {
        return new UserProfile(streak, savedPlace, newSettings, zone, reminder, progress, mornings, version);
    }

    public UserProfile withZone(KnownZone newZone) {
        return new UserProfile(streak, savedPlace, settings, newZone, reminder, progress, mornings, version);
    }

    public UserProfile withProgress(Progress newProgress) {
        return new UserProfile(streak, savedPlace, settings, zone, reminder, newProgress, mornings, version);
    }

    public UserProfile withMornings(MorningLog newMornings) {
        return new UserProfile(streak, savedPlace, settings, zone, reminder, progress, newMornings, version);
    }

    public UserProfile withVersion(Long newVersion) {
        return new UserProfile(streak, savedPlace, settings, zone, reminder, progress, mornings, newVersion);
    }
}
