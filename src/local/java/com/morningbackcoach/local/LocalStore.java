package com.morningbackcoach.local;

import com.morningbackcoach.user.InMemoryUserStore;
import com.morningbackcoach.user.UserStore;
import com.morningbackcoach.user.dynamodb.DynamoDbUserStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The local runner's user store: DynamoDB Local by default, or a throwaway in-memory one. */
final class LocalStore implements AutoCloseable {

    private final UserStore store;
    private final AutoCloseable[] resources;

    private LocalStore(UserStore store, AutoCloseable... resources) {
        this.store = store;
        this.resources = resources;
    }

    static LocalStore open(LocalOptions options) throws Exception {
        if (options.inMemory()) {
            return new LocalStore(new InMemoryUserStore());
        }
        LocalDynamoDb dynamoDb = LocalDynamoDb.persistentIn(options.dataDir());
        DynamoDbClient client = dynamoDb.clientWithTable(LocalDynamoDb.TABLE_NAME);
        return new LocalStore(new DynamoDbUserStore(client, LocalDynamoDb.TABLE_NAME), client, dynamoDb);
    }

    UserStore store() {
        return store;
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable resource : resources) {
            resource.close();
        }
    }
}
