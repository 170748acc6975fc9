package com.morningbackcoach.testing;

import com.morningbackcoach.local.LocalDynamoDb;
import com.morningbackcoach.user.dynamodb.DynamoDbClients;
import com.morningbackcoach.user.dynamodb.DynamoDbSettings;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.util.List;
import java.util.UUID;

/**
 * One DynamoDB Local server (in memory, telemetry off) for the whole test run, reached over loopback HTTP with
 * the skill's own client settings. Each caller gets a fresh table, so tests never see each other's data.
 */
public final class DynamoDbLocalServer {

    static final java.time.Duration RELAXED_CALL = java.time.Duration.ofSeconds(20);
    static final java.time.Duration RELAXED_ATTEMPT = java.time.Duration.ofSeconds(10);
    private static LocalDynamoDb server;

    private DynamoDbLocalServer() {
    }

    public static synchronized LocalDynamoDb get() {
        if (server == null) {
            try {
                server = LocalDynamoDb.inMemory();
            } catch (Exception e) {
                throw new IllegalStateException("DynamoDB Local did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (Exception ignored) {
                    // the JVM is going away
                }
            }));
        }
        return server;
    }

    /** A new, empty user table with a unique name. */
    public static String newTable() {
        String name = "users-" + UUID.randomUUID();
        try (DynamoDbClient client = client(name)) {
            LocalDynamoDb.createTableIfMissing(client, name);
        }
        return name;
    }

    /** Relaxed timeouts, so a busy test machine does not fail tests that are not about timeouts. */
    public static DynamoDbSettings settings(String table) {
        return get().settings(table).withTimeouts(RELAXED_CALL, RELAXED_ATTEMPT);
    }

    public static DynamoDbClient client(String table, ExecutionInterceptor... interceptors) {
        return DynamoDbClients.create(settings(table), List.of(interceptors));
    }
}
