package com.morningbackcoach.testing;

import com.morningbackcoach.user.dynamodb.DynamoDbUserStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A real DynamoDB store on its own fresh table in the shared DynamoDB Local server. */
public final class DynamoDbTestStore implements AutoCloseable {

    private final String table = DynamoDbLocalServer.newTable();
    private final DynamoDbClient client = DynamoDbLocalServer.client(table);
    private final DynamoDbUserStore store = new DynamoDbUserStore(client, table);

    public String table() {
        return table;
    }

    public DynamoDbClient client() {
        return client;
    }

    public DynamoDbUserStore store() {
        return store;
    }

    @Override
    public void close() {
        client.close();
    }
}
