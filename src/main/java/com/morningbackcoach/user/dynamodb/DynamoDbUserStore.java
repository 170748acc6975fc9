package com.morningbackcoach.user.dynamodb;

import com.morningbackcoach.user.ConcurrentUpdateException;
import com.morningbackcoach.user.StoreException;
import com.morningbackcoach.user.StoredProfile;
import com.morningbackcoach.user.UnusableUserIdException;
import com.morningbackcoach.user.UserProfile;
import com.morningbackcoach.user.UserStore;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.BatchWriteItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.BatchWriteResult;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.WriteBatch;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The user store in one DynamoDB table, through the enhanced client; see {@link UserTable} for the keys. Every write
 * of a profile is conditional on the whole item the change was computed from, so only a change to exactly what is
 * stored lands, and a conflicting write learns what is stored without another read.
 */
public final class DynamoDbUserStore implements UserStore {

    static final int BATCH_SIZE = 25;
    static final int MAX_BATCH_ROUNDS = 5;
    static final String WARM_UP_USER = "warm-up";

    /** A call with less time than this left cannot finish; the turn answers instead of trying. */
    static final long MIN_CALL = 20;

    private final DynamoDbClient client;
    private final String tableName;
    private final DynamoDbEnhancedClient enhanced;
    private final DynamoDbTable<ProfileItem> profiles;

    public DynamoDbUserStore(DynamoDbClient client, String tableName) {
        this.client = client;
        this.tableName = tableName;
        this.enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
        this.profiles = enhanced.table(tableName, ProfileItem.SCHEMA);
    }

    /**
     * Loads what the first request needs: the schema's mapping, and with {@code network} the whole call path
     * (signing, connection) by reading an item that does not exist. Never fails.
     */
    public DynamoDbUserStore warmUp(boolean network) {
        ProfileItems.toProfile(ProfileItem.SCHEMA.mapToItem(ProfileItem.SCHEMA.itemToMap(
                ProfileItems.toItem(WARM_UP_USER, UserProfile.newUser()), true)));
        WriteConditions.whole(ProfileItems.toItem(WARM_UP_USER, UserProfile.newUser().withVersion(1L)));
        if (network) {
            try {
                load(WARM_UP_USER);
            } catch (StoreException ignored) {
                // the first real request will say what is wrong
            }
        }
        return this;
    }

    @Override
    public StoredProfile load(String userId) {
        return load(userId, null);
    }

    @Override
    public StoredProfile load(String userId, Duration timeout) {
        requireKeyable(userId);
        GetItemResponse response = call("read profile", () -> client.getItem(GetItemRequest.builder()
                .tableName(tableName)
                .key(profileKey(userId).primaryKeyMap(ProfileItem.SCHEMA))
                .consistentRead(true)
                .overrideConfiguration(within(timeout))
                .build()));
        return response.hasItem() && !response.item().isEmpty()
                ? ProfileItems.toStored(ProfileItem.SCHEMA.mapToItem(response.item())) : new StoredProfile.Absent();
    }

    @Override
    public UserProfile save(String userId, StoredProfile expected, UserProfile changed) {
        return save(userId, expected, changed, null);
    }

    @Override
    public UserProfile save(String userId, StoredProfile expected, UserProfile changed, Duration timeout) {
        requireKeyable(userId);
        long next = expected instanceof StoredProfile.Present present ? present.profile().version() + 1 : 1L;
        UserProfile saved = changed.withVersion(next);
        Expression condition = WriteConditions.expecting(userId, expected);
        try {
            call("save profile", () -> client.putItem(PutItemRequest.builder()
                    .tableName(tableName)
                    .item(ProfileItem.SCHEMA.itemToMap(ProfileItems.toItem(userId, saved), true))
                    .conditionExpression(condition.expression())
                    .expressionAttributeNames(condition.expressionNames())
                    .expressionAttributeValues(condition.expressionValues())
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                    .overrideConfiguration(within(timeout))
                    .build()));
        } catch (StoreException e) {
            if (e.getCause() instanceof ConditionalCheckFailedException conflict) {
                throw new ConcurrentUpdateException("Profile changed since it was read", current(conflict), conflict);
            }
            throw e;
        }
        return saved;
    }

    /** Marks the user deleted first, so no write under way can land, then removes every other item of theirs. */
    @Override
    public void delete(String userId, Instant at) {
        requireKeyable(userId);
        call("delete user data", () -> {
            profiles.putItem(ProfileItems.tombstone(userId, at));
            List<Key> keys = new ArrayList<>();
            profiles.query(QueryEnhancedRequest.builder()
                            .queryConditional(QueryConditional.keyEqualTo(k -> k.partitionValue(UserTable.partitionKey(userId))))
                            .attributesToProject(UserTable.PARTITION_KEY, UserTable.SORT_KEY)
                            .consistentRead(true)
                            .build())
                    .items()
                    .stream()
                    .filter(item -> !UserTable.PROFILE_SORT_KEY.equals(item.getSk()))
                    .forEach(item -> keys.add(Key.builder().partitionValue(item.getPk()).sortValue(item.getSk()).build()));
            for (int from = 0; from < keys.size(); from += BATCH_SIZE) {
                deleteBatch(keys.subList(from, Math.min(keys.size(), from + BATCH_SIZE)));
            }
            return null;
        });
    }

    /**
     * The call's own limit: what the turn has left, when that is less than a call's usual limit, so a call begun near
     * the end of the turn's budget ends with it.
     */
    private static AwsRequestOverrideConfiguration within(Duration timeout) {
        AwsRequestOverrideConfiguration.Builder override = AwsRequestOverrideConfiguration.builder();
        if (timeout != null && timeout.compareTo(DynamoDbSettings.DEFAULT_API_CALL_TIMEOUT) < 0) {
            if (timeout.toMillis() < MIN_CALL) {
                throw new StoreException("No time left for a call to the store", null);
            }
            override.apiCallTimeout(timeout);
        }
        return override.build();
    }

    private static StoredProfile current(ConditionalCheckFailedException conflict) {
        Map<String, AttributeValue> item = conflict.hasItem() ? conflict.item() : Map.of();
        if (item.isEmpty()) {
            return new StoredProfile.Absent();
        }
        return ProfileItems.toStored(ProfileItem.SCHEMA.mapToItem(item));
    }

    private void deleteBatch(List<Key> keys) {
        List<Key> remaining = keys;
        for (int round = 0; round < MAX_BATCH_ROUNDS && !remaining.isEmpty(); round++) {
            WriteBatch.Builder<ProfileItem> batch = WriteBatch.builder(ProfileItem.class).mappedTableResource(profiles);
            remaining.forEach(batch::addDeleteItem);
            BatchWriteResult result = enhanced.batchWriteItem(BatchWriteItemEnhancedRequest.builder()
                    .addWriteBatch(batch.build()).build());
            remaining = result.unprocessedDeleteItemsForTable(profiles);
        }
        if (!remaining.isEmpty()) {
            throw new StoreException(remaining.size() + " items were left undeleted", null);
        }
    }

    private static void requireKeyable(String userId) {
        if (!UserTable.canKey(userId)) {
            throw new UnusableUserIdException("A user id of " + userId.length() + " characters cannot be a key");
        }
    }

    private static Key profileKey(String userId) {
        return Key.builder().partitionValue(UserTable.partitionKey(userId)).sortValue(UserTable.PROFILE_SORT_KEY).build();
    }

    private static <T> T call(String action, Supplier<T> work) {
        try {
            return work.get();
        } catch (SdkException e) {
            throw new StoreException("Could not " + action + ": " + e.getClass().getSimpleName(), e);
        }
    }
}
