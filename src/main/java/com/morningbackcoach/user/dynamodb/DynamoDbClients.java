package com.morningbackcoach.user.dynamodb;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

import java.time.Duration;
import java.util.List;

/** Builds the DynamoDB client once per container: a light HTTP client, an explicit region, short timeouts. */
public final class DynamoDbClients {

    static final Duration CONNECT_TIMEOUT = Duration.ofMillis(500);

    private DynamoDbClients() {
    }

    public static DynamoDbClient create(DynamoDbSettings settings) {
        return create(settings, List.of());
    }

    /** @param interceptors extra SDK interceptors, for counting or disturbing calls in tests */
    public static DynamoDbClient create(DynamoDbSettings settings, List<ExecutionInterceptor> interceptors) {
        ClientOverrideConfiguration.Builder override = ClientOverrideConfiguration.builder()
                .apiCallTimeout(settings.apiCallTimeout())
                .apiCallAttemptTimeout(settings.attemptTimeout());
        interceptors.forEach(override::addExecutionInterceptor);
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .region(Region.of(settings.region()))
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(CONNECT_TIMEOUT)
                        .socketTimeout(settings.attemptTimeout())
                        .build())
                .credentialsProvider(credentials(settings))
                .overrideConfiguration(override.build());
        settings.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    /**
     * On Lambda the role's keys come from the environment; under SnapStart from the container endpoint. A local
     * endpoint takes any keys.
     */
    private static AwsCredentialsProvider credentials(DynamoDbSettings settings) {
        if (settings.endpoint().isPresent()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
        }
        return AwsCredentialsProviderChain.of(
                EnvironmentVariableCredentialsProvider.create(), ContainerCredentialsProvider.builder().build());
    }
}
