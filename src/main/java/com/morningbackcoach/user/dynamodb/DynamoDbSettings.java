package com.morningbackcoach.user.dynamodb;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Where the table is and how long a call may take. The timeouts keep a turn well inside Alexa's 8 seconds:
 * a read and a write, each capped at {@link #DEFAULT_API_CALL_TIMEOUT}, retries included.
 */
public record DynamoDbSettings(String tableName, String region, Optional<URI> endpoint,
                               Duration apiCallTimeout, Duration attemptTimeout) {

    public static final Duration DEFAULT_API_CALL_TIMEOUT = Duration.ofMillis(1000);
    public static final Duration DEFAULT_ATTEMPT_TIMEOUT = Duration.ofMillis(450);
    static final String DEFAULT_REGION = "us-east-1";

    /** From {@code TABLE_NAME}, {@code AWS_REGION} and the optional {@code DYNAMODB_ENDPOINT}. */
    public static DynamoDbSettings fromEnvironment(Map<String, String> env) {
        String table = env.get("TABLE_NAME");
        if (table == null || table.isBlank()) {
            throw new IllegalStateException("TABLE_NAME is not set");
        }
        String region = Optional.ofNullable(env.get("AWS_REGION")).filter(r -> !r.isBlank()).orElse(DEFAULT_REGION);
        Optional<URI> endpoint = Optional.ofNullable(env.get("DYNAMODB_ENDPOINT")).filter(e -> !e.isBlank()).map(URI::create);
        return new DynamoDbSettings(table, region, endpoint, DEFAULT_API_CALL_TIMEOUT, DEFAULT_ATTEMPT_TIMEOUT);
    }

    /** DynamoDB Local, or any endpoint that takes made-up credentials. */
    public static DynamoDbSettings local(String tableName, URI endpoint) {
        return new DynamoDbSettings(tableName, DEFAULT_REGION, Optional.of(endpoint),
                DEFAULT_API_CALL_TIMEOUT, DEFAULT_ATTEMPT_TIMEOUT);
    }

    public DynamoDbSettings withTimeouts(Duration apiCall, Duration attempt) {
        return new DynamoDbSettings(tableName, region, endpoint, apiCall, attempt);
    }
}
