package com.morningbackcoach.user.dynamodb;

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
import com.morningbackcoach.user.StoredProfile;
import com.morningbackcoach.user.UserProfile;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** Converts between the domain's {@link UserProfile} and the stored {@link ProfileItem}. */
final class ProfileItems {

    /** Far longer than any conversation lasts. */
    static final Duration TOMBSTONE_KEPT = Duration.ofDays(2);

    private ProfileItems() {
    }

    static ProfileItem toItem(String userId, UserProfile profile) {
        ProfileItem item = new ProfileItem();
        item.setPk(UserTable.partitionKey(userId));
        item.setSk(UserTable.PROFILE_SORT_KEY);
        Streak streak = profile.streak();
        item.setCurrentStreak(streak.current());
        item.setBestStreak(streak.best());
        item.setTotalMornings(streak.total());
        item.setLastMorning(streak.lastMorning());
        item.setLastCompletedAt(streak.lastCompletedAt());
        profile.savedPlaceIfAny().ifPresent(place -> {
            item.setPlaceRoutine(place.routineId());
            item.setPlaceStep(place.position().step());
            item.setPlacePart(place.position().part());
            item.setPlaceMorning(place.morning());
            item.setPlaceSavedAt(place.savedAt());
        });
        RoutineSettings settings = profile.settings();
        item.setPace(settings.pace().name());
        item.setLength(settings.length().name());
        item.setGentle(settings.gentle());
        item.setSafetyNoteGiven(settings.safetyNoteGiven());
        item.setTips(settings.tips());
        item.setAudio(settings.audio().name());
        Progress progress = profile.progress();
        item.setLevel(progress.level());
        item.setLevelSetOn(progress.levelSetOn());
        item.setLevelAskedOn(progress.askedOn());
        item.setLevelDeclinedOn(progress.declinedOn());
        MorningLog log = profile.mornings();
        item.setMornings(log.mornings().isEmpty() ? null
                : log.mornings().stream().map(LocalDate::toString).toList());
        item.setWeeklyGoal(log.weeklyGoal());
        item.setWeekToldOn(log.weekToldOn());
        profile.zoneIfKnown().ifPresent(zone -> {
            item.setTimeZone(zone.zone().getId());
            item.setTimeZoneCheckedAt(zone.checkedAt());
        });
        profile.reminderIfAny().ifPresent(reminder -> {
            item.setReminderId(reminder.id());
            item.setReminderTime(reminder.time().toString());
        });
        item.setVersion(profile.version());
        return item;
    }

    /** What a stored item stands for: a deletion's mark, or a profile. */
    static StoredProfile toStored(ProfileItem item) {
        return item.getDeletedAt() != null ? new StoredProfile.Deleted(item.getDeletedAt())
                : new StoredProfile.Present(toProfile(item));
    }

    /** The mark a deletion leaves, removed by TTL once no conversation of before can still be under way. */
    static ProfileItem tombstone(String userId, Instant at) {
        ProfileItem item = new ProfileItem();
        item.setPk(UserTable.partitionKey(userId));
        item.setSk(UserTable.PROFILE_SORT_KEY);
        item.setDeletedAt(at);
        item.setExpiresAt(at.plus(TOMBSTONE_KEPT).getEpochSecond());
        return item;
    }

    static UserProfile toProfile(ProfileItem item) {
        Streak streak = new Streak(orZero(item.getCurrentStreak()), orZero(item.getBestStreak()),
                orZero(item.getTotalMornings()), item.getLastMorning(), item.getLastCompletedAt());
        SavedPlace place = item.getPlaceRoutine() == null || item.getPlaceStep() == null || item.getPlacePart() == null
                || item.getPlaceMorning() == null || item.getPlaceSavedAt() == null ? null
                : new SavedPlace(item.getPlaceRoutine(), new RoutinePosition(item.getPlaceStep(), item.getPlacePart()),
                item.getPlaceMorning(), item.getPlaceSavedAt());
        RoutineSettings settings = new RoutineSettings(
                item.getPace() == null ? Pace.STEADY : Pace.valueOf(item.getPace()),
                item.getLength() == null ? Length.FULL : Length.valueOf(item.getLength()),
                Boolean.TRUE.equals(item.getGentle()), Boolean.TRUE.equals(item.getSafetyNoteGiven()),
                !Boolean.FALSE.equals(item.getTips()),
                item.getAudio() == null ? AudioMode.FULL : AudioMode.valueOf(item.getAudio()));
        Progress progress = item.getLevel() == null ? Progress.NEW : new Progress(item.getLevel(),
                item.getLevelSetOn(), item.getLevelAskedOn(), item.getLevelDeclinedOn());
        MorningLog log = new MorningLog(item.getMornings() == null ? List.of()
                : item.getMornings().stream().map(LocalDate::parse).toList(),
                item.getWeeklyGoal() == null ? MorningLog.DEFAULT_GOAL : item.getWeeklyGoal(), item.getWeekToldOn());
        KnownZone zone = item.getTimeZone() == null || item.getTimeZoneCheckedAt() == null ? null
                : new KnownZone(ZoneId.of(item.getTimeZone()), item.getTimeZoneCheckedAt());
        DailyReminder reminder = item.getReminderId() == null || item.getReminderTime() == null ? null
                : new DailyReminder(item.getReminderId(), LocalTime.parse(item.getReminderTime()));
        return new UserProfile(streak, place, settings, zone, reminder, progress, log, item.getVersion());
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
