package com.morningbackcoach.bench;

import com.morningbackcoach.local.LocalDynamoDb;
import com.morningbackcoach.user.dynamodb.DynamoDbClients;
import com.morningbackcoach.user.dynamodb.ProfileItem;
import com.morningbackcoach.user.dynamodb.UserTable;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.defaultsmode.DefaultsMode;
import software.amazon.awssdk.awscore.endpoints.AccountIdEndpointMode;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Times the parts of the DynamoDB path on a cold JVM, one client option at a time: building the client, the enhanced
 * table, the first GetItem and a second. Each run is a fresh JVM pinned to one CPU; variants alternate run by run.
 * <p>
 * Usage: {@code ClientBuildProbe [RUNS] [VARIANT ...]}, a variant being {@code +}-joined options out of
 * {@code base} (the client as built before), {@code tls} (no TLS context built for an http endpoint),
 * {@code profile} (no profile file read), {@code endpoint} (a fixed endpoint instead of the rules engine),
 * {@code retry} (the standard retry strategy named), {@code discovery} (endpoint discovery off, named),
 * {@code account} (account-id endpoints off), {@code defaults} (the defaults mode named: legacy, the SDK's default),
 * {@code chain} (the skill's credentials chain: the environment, then the
 * container endpoint) or {@code default} (the SDK's default chain) instead of fixed keys; each child has keys in its
 * environment, as a Lambda function without SnapStart has.
 */
public final class ClientBuildProbe {

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(URI.create(args[1]), Set.of(args[2].split("\\+")));
            return;
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<String> variants = args.length > 1 ? List.of(args).subList(1, args.length)
                : List.of("base", "tls", "tls+profile", "tls+endpoint", "tls+retry", "tls+discovery",
                "tls+account", "tls+profile+endpoint+retry+discovery+account");
        try (LocalDynamoDb dynamoDb = LocalDynamoDb.inMemory();
             DynamoDbClient client = DynamoDbClients.create(dynamoDb.settings(ColdStartHarness.TABLE)
                     .withTimeouts(Duration.ofSeconds(20), Duration.ofSeconds(10)))) {
            LocalDynamoDb.createTableIfMissing(client, ColdStartHarness.TABLE);
            Map<String, List<double[]>> samples = new LinkedHashMap<>();
            variants.forEach(v -> samples.put(v, new ArrayList<>()));
            for (int i = -1; i < runs; i++) {
                for (String variant : variants) {
                    double[] sample = run(dynamoDb.endpoint(), variant);
                    if (i >= 0) {
                        samples.get(variant).add(sample);
                    }
                }
            }
            System.out.printf("Pinned to one CPU, %d fresh JVMs per variant, ms median (min-max)%n", runs);
            System.out.printf("%-16s %20s %20s %20s %20s %20s %14s%n", "variant", "build client", "enhanced table",
                    "first GetItem", "second GetItem", "all four", "classes");
            samples.forEach((variant, list) -> {
                StringBuilder line = new StringBuilder(String.format("%-16s", variant));
                for (int k = 0; k < 6; k++) {
                    int index = k;
                    double[] values = list.stream().mapToDouble(s -> s[index]).toArray();
                    line.append(String.format(k == 5 ? " %14s" : " %20s", Stats.summary(values)));
                }
                System.out.println(line);
            });
        }
        System.exit(0);
    }

    private static double[] run(URI endpoint, String variant) throws Exception {
        List<String> command = new ArrayList<>(List.of("taskset", "-c", "0",
                ProcessHandle.current().info().command().orElse("java")));
        command.addAll(ColdStartHarness.LAMBDA_JVM_FLAGS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ClientBuildProbe.class.getName(),
                "--child", endpoint.toString(), variant));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(Map.of("AWS_ACCESS_KEY_ID", "local", "AWS_SECRET_ACCESS_KEY", "local",
                "AWS_SESSION_TOKEN", "local"));
        Process process = builder.start();
        String result = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("PROBE")) {
                    result = line;
                }
            }
        }
        if (process.waitFor() != 0 || result == null) {
            throw new IllegalStateException(variant + " failed");
        }
        String[] parts = result.split(" ");
        double[] sample = new double[6];
        for (int i = 0; i < 6; i++) {
            sample[i] = Double.parseDouble(parts[i + 1]);
        }
        return sample;
    }

    private static void child(URI endpoint, Set<String> options) {
        // Logging is set up before the client in the skill too: not counted here
        org.slf4j.LoggerFactory.getLogger(ClientBuildProbe.class).debug("probe");
        long t0 = System.nanoTime();
        DynamoDbClient client = build(endpoint, options);
        long t1 = System.nanoTime();
        DynamoDbTable<ProfileItem> table = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build()
                .table(ColdStartHarness.TABLE, ProfileItem.SCHEMA);
        long t2 = System.nanoTime();
        Key key = Key.builder().partitionValue(UserTable.partitionKey("probe")).sortValue(UserTable.PROFILE_SORT_KEY).build();
        table.getItem(r -> r.key(key).consistentRead(true));
        long t3 = System.nanoTime();
        table.getItem(r -> r.key(key).consistentRead(true));
        long t4 = System.nanoTime();
        long classes = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
        System.out.printf("PROBE %.1f %.1f %.1f %.1f %.1f %d%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6,
                (t4 - t3) / 1e6, (t4 - t0) / 1e6, classes);
        System.exit(0);
    }

    private static DynamoDbClient build(URI endpoint, Set<String> options) {
        Duration attempt = Duration.ofMillis(450);
        ClientOverrideConfiguration.Builder override = ClientOverrideConfiguration.builder()
                .apiCallTimeout(Duration.ofMillis(1000))
                .apiCallAttemptTimeout(attempt);
        if (options.contains("profile")) {
            ProfileFile empty = ProfileFile.builder().content(new ByteArrayInputStream(new byte[0]))
                    .type(ProfileFile.Type.CONFIGURATION).build();
            override.defaultProfileFileSupplier(() -> empty).defaultProfileFile(empty);
        }
        if (options.contains("retry")) {
            override.retryStrategy(AwsRetryStrategy.standardRetryStrategy());
        }
        SdkHttpClient http = options.contains("tls")
                ? UrlConnectionHttpClient.create(uri -> {
                    try {
                        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
                        connection.setConnectTimeout(500);
                        connection.setReadTimeout((int) attempt.toMillis());
                        return connection;
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                : UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofMillis(500)).socketTimeout(attempt).build();
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .region(Region.US_EAST_1)
                .httpClient(http)
                .credentialsProvider(credentials(options))
                .overrideConfiguration(override.build());
        if (options.contains("endpoint")) {
            Endpoint fixed = Endpoint.builder().url(endpoint).build();
            builder.endpointProvider(params -> CompletableFuture.completedFuture(fixed));
        } else {
            builder.endpointOverride(endpoint);
        }
        if (options.contains("discovery")) {
            builder.endpointDiscoveryEnabled(false);
        }
        if (options.contains("account")) {
            builder.accountIdEndpointMode(AccountIdEndpointMode.DISABLED);
        }
        if (options.contains("defaults")) {
            builder.defaultsMode(DefaultsMode.LEGACY);
        }
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(Set<String> options) {
        if (options.contains("chain")) {
            return AwsCredentialsProviderChain.of(
                    EnvironmentVariableCredentialsProvider.create(), ContainerCredentialsProvider.builder().build());
        }
        if (options.contains("default")) {
            return DefaultCredentialsProvider.builder().build();
        }
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
    }
}
