package com.morningbackcoach.user.dynamodb;

import com.morningbackcoach.routine.SavedStep;
import com.morningbackcoach.streak.Streak;
import com.morningbackcoach.timezone.KnownZone;
import com.morningbackcoach.user.UserProfile;

import java.time.ZoneId;

/** Converts between the domain's {@link UserProfile} and the stored {@link ProfileItem}. */
final class ProfileItems {

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
        profile.savedStepIfAny().ifPresent(saved -> {
            item.setStepMorning(saved.morning());
            item.setStep(saved.step());
            item.setStepSavedAt(saved.savedAt());
        });
        profile.zoneIfKnown().ifPresent(zone -> {
            item.setTimeZone(zone.zone().getId());
            item.setTimeZoneCheckedAt(zone.checkedAt());
        });
        item.setVersion(profile.version());
        return item;
    }

    static UserProfile toProfile(ProfileItem item) {
        Streak streak = new Streak(orZero(item.getCurrentStreak()), orZero(item.getBestStreak()),
                orZero(item.getTotalMornings()), item.getLastMorning(), item.getLastCompletedAt());
        SavedStep step = item.getStepMorning() == null || item.getStep() == null || item.getStepSavedAt() == null
                ? null : new SavedStep(item.getStepMorning(), item.getStep(), item.getStepSavedAt());
        KnownZone zone = item.getTimeZone() == null || item.getTimeZoneCheckedAt() == null ? null
                : new KnownZone(ZoneId.of(item.getTimeZone()), item.getTimeZoneCheckedAt());
        return new UserProfile(streak, step, zone, item.getVersion());
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
