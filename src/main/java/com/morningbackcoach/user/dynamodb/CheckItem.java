package com.morningbackcoach.user.dynamodb;

import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

import java.time.LocalDate;

/** One finished self-check as stored: sort key {@code CHECK#<local date>#<answers>}, removed by TTL after 13 months. */
public final class CheckItem extends KeyedItem {

    public static final TableSchema<CheckItem> SCHEMA = StaticTableSchema.builder(CheckItem.class)
            .newItemSupplier(CheckItem::new)
            .addAttribute(String.class, a -> a.name(UserTable.PARTITION_KEY).getter(CheckItem::getPk)
                    .setter(CheckItem::setPk).tags(StaticAttributeTags.primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name(UserTable.SORT_KEY).getter(CheckItem::getSk)
                    .setter(CheckItem::setSk).tags(StaticAttributeTags.primarySortKey()))
            .addAttribute(LocalDate.class, a -> a.name("day").getter(CheckItem::getDay).setter(CheckItem::setDay))
            .addAttribute(String.class, a -> a.name("answers").getter(CheckItem::getAnswers).setter(CheckItem::setAnswers))
            .addAttribute(Long.class, a -> a.name(UserTable.EXPIRES_AT).getter(CheckItem::getExpiresAt)
                    .setter(CheckItem::setExpiresAt))
            .build();

    private LocalDate day;
    private String answers;
    private Long expiresAt;

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getAnswers() {
        return answers;
    }

    public void setAnswers(String answers) {
        this.answers = answers;
    }

    public Long getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(Long expiresAt) {
        this.expiresAt = expiresAt;
    }
}
