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
            .addAttribute(LocalDate.class, a -> a.name("stepDay").getter(ProfileItem::getStepDay)
                    .setter(ProfileItem::setStepDay))
            .addAttribute(Integer.class, a -> a.name("step").getter(ProfileItem::getStep)
                    .setter(ProfileItem::setStep))
            .addAttribute(String.class, a -> a.name("timeZone").getter(ProfileItem::getTimeZone)
                    .setter(ProfileItem::setTimeZone))
            .addAttribute(Instant.class, a -> a.name("timeZoneCheckedAt").getter(ProfileItem::getTimeZoneCheckedAt)
                    .setter(ProfileItem::setTimeZoneCheckedAt))
            .addAttribute(LocalDate.class, a -> a.name("checkDay").getter(ProfileItem::getCheckDay)
                    .setter(ProfileItem::setCheckDay))
            .addAttribute(String.class, a -> a.name("checkAnswers").getter(ProfileItem::getCheckAnswers)
                    .setter(ProfileItem::setCheckAnswers))
            .addAttribute(LocalDate.class, a -> a.name("lastCheckDay").getter(ProfileItem::getLastCheckDay)
                    .setter(ProfileItem::setLastCheckDay))
            .addAttribute(String.class, a -> a.name("lastCheckAnswers").getter(ProfileItem::getLastCheckAnswers)
                    .setter(ProfileItem::setLastCheckAnswers))
            .addAttribute(Long.class, a -> a.name(UserTable.VERSION).getter(ProfileItem::getVersion)
                    .setter(ProfileItem::setVersion))
            .build();

    private Integer currentStreak;
    private Integer bestStreak;
    private Integer totalMornings;
    private LocalDate lastMorning;
    private LocalDate stepDay;
    private Integer step;
    private String timeZone;
    private Instant timeZoneCheckedAt;
    private Long version;
    private LocalDate checkDay;
    private String checkAnswers;
    private LocalDate lastCheckDay;
    private String lastCheckAnswers;

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

    public LocalDate getStepDay() {
        return stepDay;
    }

    public void setStepDay(LocalDate stepDay) {
        this.stepDay = stepDay;
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

    public LocalDate getCheckDay() {
        return checkDay;
    }

    public void setCheckDay(LocalDate checkDay) {
        this.checkDay = checkDay;
    }

    public String getCheckAnswers() {
        return checkAnswers;
    }

    public void setCheckAnswers(String checkAnswers) {
        this.checkAnswers = checkAnswers;
    }

    public LocalDate getLastCheckDay() {
        return lastCheckDay;
    }

    public void setLastCheckDay(LocalDate lastCheckDay) {
        this.lastCheckDay = lastCheckDay;
    }

    public String getLastCheckAnswers() {
        return lastCheckAnswers;
    }

    public void setLastCheckAnswers(String lastCheckAnswers) {
        this.lastCheckAnswers = lastCheckAnswers;
    }
}
