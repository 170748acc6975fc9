package com.morningbackcoach.user.dynamodb;

/**
 * The one table's key design. Every item of a user shares the partition key {@code USER#<userId>}; the sort key
 * tells the kind of item: {@value #PROFILE_SORT_KEY} for the profile, or the mark of a deletion, which carries
 * {@value #DELETED_AT}. Items that expire carry {@value #EXPIRES_AT}, the table's TTL attribute.
 */
public final class UserTable {

    public static final String PARTITION_KEY = "pk";
    public static final String SORT_KEY = "sk";
    public static final String VERSION = "version";
    public static final String EXPIRES_AT = "expiresAt";
    public static final String DELETED_AT = "deletedAt";
    public static final String PROFILE_SORT_KEY = "PROFILE";

    private UserTable() {
    }

    public static String partitionKey(String userId) {
        return "USER#" + userId;
    }
}
