package com.morningbackcoach.user.dynamodb;

import java.nio.charset.StandardCharsets;

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
    /** DynamoDB's limit on a partition key's value, in UTF-8 bytes. */
    public static final int MAX_PARTITION_KEY_BYTES = 2048;

    private UserTable() {
    }

    public static String partitionKey(String userId) {
        return "USER#" + userId;
    }

    /** True when {@code userId} makes a partition key the table accepts. */
    public static boolean canKey(String userId) {
        return !userId.isEmpty()
                && partitionKey(userId).getBytes(StandardCharsets.UTF_8).length <= MAX_PARTITION_KEY_BYTES;
    }
}
