package com.morningbackcoach.user.dynamodb;

import com.morningbackcoach.user.UserStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkSystemSetting;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionFactory;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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
        return build(settings, credentials(settings), Optional.empty(), interceptors);
    }

    /**
     * Runs {@code work} with a user store whose client is built as {@link #create(DynamoDbSettings)} builds it (same
     * region, endpoint resolution, signing, marshalling, timeouts), except that every connection goes over plain HTTP
     * to {@code standIn} and requests are signed with made-up keys; the client is closed afterwards. For SnapStart
     * priming against a loopback stub: the whole call path runs, no request leaves the machine, and no real
     * credentials are asked for.
     */
    public static <T> T withStandInStore(DynamoDbSettings settings, URI standIn, Function<UserStore, T> work) {
        try (DynamoDbClient client = routedTo(settings, standIn)) {
            return work.apply(new DynamoDbUserStore(client, settings.tableName()));
        }
    }

    static DynamoDbClient routedTo(DynamoDbSettings settings, URI standIn) {
        return build(settings, StaticCredentialsProvider.create(AwsBasicCredentials.create("priming", "priming")),
                Optional.of(standIn), List.of());
    }

    private static DynamoDbClient build(DynamoDbSettings settings, AwsCredentialsProvider credentials,
                                        Optional<URI> standIn, List<ExecutionInterceptor> interceptors) {
        ClientOverrideConfiguration.Builder override = ClientOverrideConfiguration.builder()
                .apiCallTimeout(settings.apiCallTimeout())
                .apiCallAttemptTimeout(settings.attemptTimeout());
        interceptors.forEach(override::addExecutionInterceptor);
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .region(Region.of(settings.region()))
                .httpClient(httpClient(settings.attemptTimeout(), standIn))
                .credentialsProvider(credentials)
                .overrideConfiguration(override.build());
        settings.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    /**
     * The url-connection client with a connection factory of its own. Built by its builder, the client makes an
     * SSLContext of its own at once (about a quarter of a second on a cold JVM, even for an http endpoint); here an
     * https connection uses the JDK's default context, made on first use and shared with the Alexa API client.
     * Timeouts are set on every connection, as the builder's client sets them.
     */
    static SdkHttpClient httpClient(Duration readTimeout, Optional<URI> standIn) {
        UrlConnectionFactory connections = uri -> {
            try {
                URI target = standIn.isPresent() ? routed(uri, standIn.get()) : uri;
                HttpURLConnection connection = (HttpURLConnection) target.toURL().openConnection();
                connection.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
                connection.setReadTimeout((int) readTimeout.toMillis());
                return connection;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        return UrlConnectionHttpClient.create(connections);
    }

    /** The same path and query, sent to the stand-in's scheme, host and port. */
    static URI routed(URI uri, URI standIn) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return URI.create(standIn.getScheme() + "://" + standIn.getRawAuthority() + path
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }

    /**
     * On Lambda the role's keys come from the environment; under SnapStart from the container endpoint, asked on the
     * first call after a restore, never before the snapshot. A local endpoint takes any keys, so made-up ones, unless
     * a container endpoint offers keys as Lambda's does (the benchmark's restore proxy): then the same chain as on
     * Lambda.
     */
    private static AwsCredentialsProvider credentials(DynamoDbSettings settings) {
        boolean containerKeys = SdkSystemSetting.AWS_CONTAINER_CREDENTIALS_FULL_URI.getStringValue().isPresent();
        if (settings.endpoint().isPresent() && !containerKeys) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
        }
        return AwsCredentialsProviderChain.of(
                EnvironmentVariableCredentialsProvider.create(), ContainerCredentialsProvider.builder().build());
    }
}
