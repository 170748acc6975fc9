package com.morningbackcoach.user.dynamodb;

import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

import java.time.Instant;
import java.time.LocalDate;

/** A user's profile as stored: one item per user, under the sort key {@value UserTable#PROFILE_SORT_KEY}. */
public final class ProfileItem extends KeyedItem {

    /** Built by hand rather than by bean introspection, so the first request does not pay for reflection. */
    public static final TableSchema<ProfileItem> SCHEMA = StaticTableSchema.builder(ProfileItem.class)
            .newItemSupplier(ProfileItem::new)
            .addAttribute(String.class, a -> a.name(UserTable.PARTITION_KEY).getter(ProfileItem::getPk)
                    .setter(ProfileItem::setPk).tags(StaticAttributeTags.primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name(UserTable.SORT_KEY).getter(ProfileItem::getSk)
                    .setter(ProfileItem::setSk).tags(StaticAttributeTags.primarySortKey()))
            .addAttribute(Integer.class, a -> a.name("currentStreak").getter(ProfileItem::getCurrentStreak)
                    .setter(ProfileItem::setCurrentStreak))
            .addAttribute(Integer.class, a -> a.name("bestStreak").getter(ProfileItem::getBestStreak)
                    .setter(ProfileItem::setBestStreak))
            .addAttribute(Integer.class, a -> a.name("totalMornings").getter(ProfileItem::getTotalMornings)
                    .setter(ProfileItem::setTotalMornings))
            .addAttribute(LocalDate.class, a -> a.name("lastMorning").getter(ProfileItem::getLastMorning)
                    .setter(ProfileItem::setLastMorning))
            .addAttribute(Instant.class, a -> a.name("lastCompletedAt").getter(ProfileItem::getLastCompletedAt)
                    .setter(ProfileItem::setLastCompletedAt))
            .addAttribute(LocalDate.class, a -> a.name("stepMorning").getter(ProfileItem::getStepMorning)
                    .setter(ProfileItem::setStepMorning))
            .addAttribute(Instant.class, a -> a.name("stepSavedAt").getter(ProfileItem::getStepSavedAt)
                    .setter(ProfileItem::setStepSavedAt))
            .addAttribute(Integer.class, a -> a.name("step").getter(ProfileItem::getStep)
                    .setter(ProfileItem::setStep))
            .addAttribute(String.class, a -> a.name("timeZone").getter(ProfileItem::getTimeZone)
                    .setter(ProfileItem::setTimeZone))
            .addAttribute(Instant.class, a -> a.name("timeZoneCheckedAt").getter(ProfileItem::getTimeZoneCheckedAt)
                    .setter(ProfileItem::setTimeZoneCheckedAt))
            .addAttribute(Long.class, a -> a.name(UserTable.VERSION).getter(ProfileItem::getVersion)
                    .setter(ProfileItem::setVersion))
            .build();

    private Integer currentStreak;
    private Integer bestStreak;
    private Integer totalMornings;
    private LocalDate lastMorning;
    private Instant lastCompletedAt;
    private LocalDate stepMorning;
    private Instant stepSavedAt;
    private Integer step;
    private String timeZone;
    private Instant timeZoneCheckedAt;
    private Long version;

    public Integer getCurrentStreak() {
        return currentStreak;
    }

    public void setCurrentStreak(Integer currentStreak) {
        this.currentStreak = currentStreak;
    }

    public Integer getBestStreak() {
        return bestStreak;
    }

    public void setBestStreak(Integer bestStreak) {
        this.bestStreak = bestStreak;
    }

    public Integer getTotalMornings() {
        return totalMornings;
    }

    public void setTotalMornings(Integer totalMornings) {
        this.totalMornings = totalMornings;
    }

    public LocalDate getLastMorning() {
        return lastMorning;
    }

    public void setLastMorning(LocalDate lastMorning) {
        this.lastMorning = lastMorning;
    }

    public Instant getLastCompletedAt() {
        return lastCompletedAt;
    }

    public void setLastCompletedAt(Instant lastCompletedAt) {
        this.lastCompletedAt = lastCompletedAt;
    }

    public LocalDate getStepMorning() {
        return stepMorning;
    }

    public void setStepMorning(LocalDate stepMorning) {
        this.stepMorning = stepMorning;
    }

    public Instant getStepSavedAt() {
        return stepSavedAt;
    }

    public void setStepSavedAt(Instant stepSavedAt) {
        this.stepSavedAt = stepSavedAt;
    }

    public Integer getStep() {
        return step;
    }

    public void setStep(Integer step) {
        this.step = step;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public Instant getTimeZoneCheckedAt() {
        return timeZoneCheckedAt;
    }

    public void setTimeZoneCheckedAt(Instant timeZoneCheckedAt) {
        this.timeZoneCheckedAt = timeZoneCheckedAt;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
