package com.morningbackcoach.user.dynamodb;

import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A user's profile as stored: one item per user, under the sort key {@value UserTable#PROFILE_SORT_KEY}. After the
 * user's data is deleted the item holds only {@code deletedAt} and {@code expiresAt}: the mark that keeps it deleted.
 */
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
            .addAttribute(String.class, a -> a.name("placeRoutine").getter(ProfileItem::getPlaceRoutine)
                    .setter(ProfileItem::setPlaceRoutine))
            .addAttribute(Integer.class, a -> a.name("placeStep").getter(ProfileItem::getPlaceStep)
                    .setter(ProfileItem::setPlaceStep))
            .addAttribute(Integer.class, a -> a.name("placePart").getter(ProfileItem::getPlacePart)
                    .setter(ProfileItem::setPlacePart))
            .addAttribute(LocalDate.class, a -> a.name("placeMorning").getter(ProfileItem::getPlaceMorning)
                    .setter(ProfileItem::setPlaceMorning))
            .addAttribute(Instant.class, a -> a.name("placeSavedAt").getter(ProfileItem::getPlaceSavedAt)
                    .setter(ProfileItem::setPlaceSavedAt))
            .addAttribute(String.class, a -> a.name("pace").getter(ProfileItem::getPace).setter(ProfileItem::setPace))
            .addAttribute(String.class, a -> a.name("length").getter(ProfileItem::getLength)
                    .setter(ProfileItem::setLength))
            .addAttribute(Boolean.class, a -> a.name("gentle").getter(ProfileItem::getGentle)
                    .setter(ProfileItem::setGentle))
            .addAttribute(Boolean.class, a -> a.name("safetyNoteGiven").getter(ProfileItem::getSafetyNoteGiven)
                    .setter(ProfileItem::setSafetyNoteGiven))
            .addAttribute(Boolean.class, a -> a.name("tips").getter(ProfileItem::getTips)
                    .setter(ProfileItem::setTips))
            .addAttribute(String.class, a -> a.name("audio").getter(ProfileItem::getAudio)
                    .setter(ProfileItem::setAudio))
            .addAttribute(Integer.class, a -> a.name("level").getter(ProfileItem::getLevel)
                    .setter(ProfileItem::setLevel))
            .addAttribute(LocalDate.class, a -> a.name("levelSetOn").getter(ProfileItem::getLevelSetOn)
                    .setter(ProfileItem::setLevelSetOn))
            .addAttribute(LocalDate.class, a -> a.name("levelAskedOn").getter(ProfileItem::getLevelAskedOn)
                    .setter(ProfileItem::setLevelAskedOn))
            .addAttribute(LocalDate.class, a -> a.name("levelDeclinedOn").getter(ProfileItem::getLevelDeclinedOn)
                    .setter(ProfileItem::setLevelDeclinedOn))
            .addAttribute(EnhancedType.listOf(String.class), a -> a.name("mornings").getter(ProfileItem::getMornings)
                    .setter(ProfileItem::setMornings))
            .addAttribute(Integer.class, a -> a.name("weeklyGoal").getter(ProfileItem::getWeeklyGoal)
                    .setter(ProfileItem::setWeeklyGoal))
            .addAttribute(LocalDate.class, a -> a.name("weekToldOn").getter(ProfileItem::getWeekToldOn)
                    .setter(ProfileItem::setWeekToldOn))
            .addAttribute(String.class, a -> a.name("timeZone").getter(ProfileItem::getTimeZone)
                    .setter(ProfileItem::setTimeZone))
            .addAttribute(Instant.class, a -> a.name("timeZoneCheckedAt").getter(ProfileItem::getTimeZoneCheckedAt)
                    .setter(ProfileItem::setTimeZoneCheckedAt))
            .addAttribute(String.class, a -> a.name("reminderId").getter(ProfileItem::getReminderId)
                    .setter(ProfileItem::setReminderId))
            .addAttribute(String.class, a -> a.name("reminderTime").getter(ProfileItem::getReminderTime)
                    .setter(ProfileItem::setReminderTime))
            .addAttribute(Long.class, a -> a.name(UserTable.VERSION).getter(ProfileItem::getVersion)
                    .setter(ProfileItem::setVersion))
            .addAttribute(Instant.class, a -> a.name(UserTable.DELETED_AT).getter(ProfileItem::getDeletedAt)
                    .setter(ProfileItem::setDeletedAt))
            .addAttribute(Long.class, a -> a.name(UserTable.EXPIRES_AT).getter(ProfileItem::getExpiresAt)
                    .setter(ProfileItem::setExpiresAt))
            .build();

    private Integer currentStreak;
    private Integer bestStreak;
    private Integer totalMornings;
    private LocalDate lastMorning;
    private Instant lastCompletedAt;
    private String placeRoutine;
    private Integer placeStep;
    private Integer placePart;
    private LocalDate placeMorning;
    private Instant placeSavedAt;
    private String pace;
    private String length;
    private Boolean gentle;
    private Boolean safetyNoteGiven;
    private Boolean tips;
    private String audio;
    private Integer level;
    private LocalDate levelSetOn;
    private LocalDate levelAskedOn;
    private LocalDate levelDeclinedOn;
    private List<String> mornings;
    private Integer weeklyGoal;
    private LocalDate weekToldOn;
    private String timeZone;
    private Instant timeZoneCheckedAt;
    private String reminderId;
    private String reminderTime;
    private Long version;
    private Instant deletedAt;
    private Long expiresAt;

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

    public String getPlaceRoutine() {
        return placeRoutine;
    }

    public void setPlaceRoutine(String placeRoutine) {
        this.placeRoutine = placeRoutine;
    }

    public Integer getPlaceStep() {
        return placeStep;
    }

    public void setPlaceStep(Integer placeStep) {
        this.placeStep = placeStep;
    }

    public Integer getPlacePart() {
        return placePart;
    }

    public void setPlacePart(Integer placePart) {
        this.placePart = placePart;
    }

    public LocalDate getPlaceMorning() {
        return placeMorning;
    }

    public void setPlaceMorning(LocalDate placeMorning) {
        this.placeMorning = placeMorning;
    }

    public Instant getPlaceSavedAt() {
        return placeSavedAt;
    }

    public void setPlaceSavedAt(Instant placeSavedAt) {
        this.placeSavedAt = placeSavedAt;
    }

    public String getPace() {
        return pace;
    }

    public void setPace(String pace) {
        this.pace = pace;
    }

    public String getLength() {
        return length;
    }

    public void setLength(String length) {
        this.length = length;
    }

    public Boolean getGentle() {
        return gentle;
    }

    public void setGentle(Boolean gentle) {
        this.gentle = gentle;
    }

    public Boolean getSafetyNoteGiven() {
        return safetyNoteGiven;
    }

    public void setSafetyNoteGiven(Boolean safetyNoteGiven) {
        this.safetyNoteGiven = safetyNoteGiven;
    }


    public Boolean getTips() {
        return tips;
    }

    public void setTips(Boolean tips) {
        this.tips = tips;
    }

    public String getAudio() {
        return audio;
    }

    public void setAudio(String audio) {
        this.audio = audio;
    }

    public Integer getLevel() {
        return level;
    }

    public void setLevel(Integer level) {
        this.level = level;
    }

    public LocalDate getLevelSetOn() {
        return levelSetOn;
    }

    public void setLevelSetOn(LocalDate levelSetOn) {
        this.levelSetOn = levelSetOn;
    }

    public LocalDate getLevelAskedOn() {
        return levelAskedOn;
    }

    public void setLevelAskedOn(LocalDate levelAskedOn) {
        this.levelAskedOn = levelAskedOn;
    }

    public LocalDate getLevelDeclinedOn() {
        return levelDeclinedOn;
    }

    public void setLevelDeclinedOn(LocalDate levelDeclinedOn) {
        this.levelDeclinedOn = levelDeclinedOn;
    }

    public List<String> getMornings() {
        return mornings;
    }

    public void setMornings(List<String> mornings) {
        this.mornings = mornings;
    }

    public Integer getWeeklyGoal() {
        return weeklyGoal;
    }

    public void setWeeklyGoal(Integer weeklyGoal) {
        this.weeklyGoal = weeklyGoal;
    }

    public LocalDate getWeekToldOn() {
        return weekToldOn;
    }

    public void setWeekToldOn(LocalDate weekToldOn) {
        this.weekToldOn = weekToldOn;
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

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public void setDeletedAt(Instant deletedAt) {
        this.deletedAt = deletedAt;
    }

    public Long getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(Long expiresAt) {
        this.expiresAt = expiresAt;
    }

    public String getReminderId() {
        return reminderId;
    }

    public void setReminderId(String reminderId) {
        this.reminderId = reminderId;
    }

    public String getReminderTime() {
        return reminderTime;
    }

    public void setReminderTime(String reminderTime) {
        this.reminderTime = reminderTime;
    }
}
