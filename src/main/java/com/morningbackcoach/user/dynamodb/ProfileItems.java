package com.morningbackcoach.user.dynamodb;

import com.morningbackcoach.routine.SavedStep;
import com.morningbackcoach.selfcheck.CheckAnswers;
import com.morningbackcoach.selfcheck.CheckResult;
import com.morningbackcoach.selfcheck.SavedCheck;
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
        profile.savedStepIfAny().ifPresent(saved -> {
            item.setStepDay(saved.day());
            item.setStep(saved.step());
        });
        profile.zoneIfKnown().ifPresent(zone -> {
            item.setTimeZone(zone.zone().getId());
            item.setTimeZoneCheckedAt(zone.checkedAt());
        });
        profile.savedCheckIfAny().ifPresent(check -> {
            item.setCheckDay(check.day());
            item.setCheckAnswers(check.answers().codes());
        });
        profile.lastCheckIfAny().ifPresent(check -> {
            item.setLastCheckDay(check.day());
            item.setLastCheckAnswers(check.answers().codes());
        });
        item.setVersion(profile.version());
        return item;
    }

    static UserProfile toProfile(ProfileItem item) {
        Streak streak = new Streak(orZero(item.getCurrentStreak()), orZero(item.getBestStreak()),
                orZero(item.getTotalMornings()), item.getLastMorning());
        SavedStep step = item.getStepDay() == null || item.getStep() == null ? null
                : new SavedStep(item.getStepDay(), item.getStep());
        KnownZone zone = item.getTimeZone() == null || item.getTimeZoneCheckedAt() == null ? null
                : new KnownZone(ZoneId.of(item.getTimeZone()), item.getTimeZoneCheckedAt());
        SavedCheck check = item.getCheckDay() == null || item.getCheckAnswers() == null ? null
                : new SavedCheck(item.getCheckDay(), CheckAnswers.fromCodes(item.getCheckAnswers()));
        CheckResult last = item.getLastCheckDay() == null || item.getLastCheckAnswers() == null ? null
                : new CheckResult(item.getLastCheckDay(), CheckAnswers.fromCodes(item.getLastCheckAnswers()));
        return new UserProfile(streak, step, zone, item.getVersion(), check, last);
    }

    static CheckItem toItem(String userId, CheckResult result) {
        CheckItem item = new CheckItem();
        item.setPk(UserTable.partitionKey(userId));
        item.setSk(UserTable.CHECK_SORT_KEY_PREFIX + result.day() + "#" + result.answers().codes());
        item.setDay(result.day());
        item.setAnswers(result.answers().codes());
        item.setExpiresAt(result.expiresAt().getEpochSecond());
        return item;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
