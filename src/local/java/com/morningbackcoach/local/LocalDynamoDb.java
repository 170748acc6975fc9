package com.morningbackcoach.local;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import com.morningbackcoach.user.dynamodb.DynamoDbClients;
import com.morningbackcoach.user.dynamodb.DynamoDbSettings;
import com.morningbackcoach.user.dynamodb.UserTable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import java.io.IOException;
import java.lang.reflect.Field;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * DynamoDB Local, started in this process on a free port bound to loopback only, with telemetry off, and its user
 * table.
 */
public final class LocalDynamoDb implements AutoCloseable {

    public static final String TABLE_NAME = "morning-back-coach-local";

    private final DynamoDBProxyServer server;
    private final URI endpoint;

    private LocalDynamoDb(DynamoDBProxyServer server, URI endpoint) {
        this.server = server;
        this.endpoint = endpoint;
    }

    /** Keeps its data in {@code dataDir}, so it survives between runs. */
    public static LocalDynamoDb persistentIn(Path dataDir) throws Exception {
        Files.createDirectories(dataDir);
        return start(List.of("-sharedDb", "-dbPath", dataDir.toAbsolutePath().toString()));
    }

    /** Keeps its data in memory only. */
    public static LocalDynamoDb inMemory() throws Exception {
        return start(List.of("-inMemory"));
    }

    private static LocalDynamoDb start(List<String> storage) throws Exception {
        int port = freePort();
        List<String> args = new ArrayList<>(storage);
        args.addAll(List.of("-port", Integer.toString(port), "-disableTelemetry"));
        DynamoDBProxyServer server = quietly(() -> {
            DynamoDBProxyServer created = ServerRunner.createServerFromCommandLineArgs(args.toArray(String[]::new));
            bindToLoopback(created);
            created.start();
            return created;
        });
        return new LocalDynamoDb(server, URI.create("http://127.0.0.1:" + port));
    }

    /**
     * DynamoDB Local takes no listening address and accepts any credentials, so its connector is set to loopback
     * before it starts: nothing beyond this machine can reach it.
     */
    private static void bindToLoopback(DynamoDBProxyServer proxy) throws ReflectiveOperationException {
        Field field = DynamoDBProxyServer.class.getDeclaredField("server");
        field.setAccessible(true);
        Server jetty = (Server) field.get(proxy);
        for (Connector connector : jetty.getConnectors()) {
            ((ServerConnector) connector).setHost(InetAddress.getLoopbackAddress().getHostAddress());
        }
    }

    /** Where it listens, as its connectors say. */
    String host() throws ReflectiveOperationException {
        Field field = DynamoDBProxyServer.class.getDeclaredField("server");
        field.setAccessible(true);
        return ((ServerConnector) ((Server) field.get(server)).getConnectors()[0]).getHost();
    }

    public URI endpoint() {
        return endpoint;
    }

    private static final Duration SETUP_TIMEOUT = Duration.ofSeconds(30);

    public DynamoDbSettings settings(String tableName) {
        return DynamoDbSettings.local(tableName, endpoint);
    }

    /** Creates the user table as the deployment template does, unless it exists already. */
    public static void createTableIfMissing(DynamoDbClient client, String tableName) {
        try {
            client.describeTable(b -> b.tableName(tableName));
            return;
        } catch (ResourceNotFoundException missing) {
            // created below
        }
        client.createTable(b -> b.tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        AttributeDefinition.builder().attributeName(UserTable.PARTITION_KEY)
                                .attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName(UserTable.SORT_KEY)
                                .attributeType(ScalarAttributeType.S).build())
                .keySchema(
                        KeySchemaElement.builder().attributeName(UserTable.PARTITION_KEY).keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName(UserTable.SORT_KEY).keyType(KeyType.RANGE).build()));
        client.updateTimeToLive(b -> b.tableName(tableName)
                .timeToLiveSpecification(t -> t.attributeName(UserTable.EXPIRES_AT).enabled(true)));
    }

    /**
     * A client for this server with the skill's own client settings, and the table ready. The table is set up, and
     * the server's first read made, with patient time-outs: a fresh data folder takes DynamoDB Local a few seconds.
     */
    public DynamoDbClient clientWithTable(String tableName) {
        try (DynamoDbClient setup = DynamoDbClients.create(settings(tableName).withTimeouts(SETUP_TIMEOUT, SETUP_TIMEOUT))) {
            createTableIfMissing(setup, tableName);
            setup.getItem(b -> b.tableName(tableName).key(Map.of(
                    UserTable.PARTITION_KEY, AttributeValue.fromS("WARM-UP"),
                    UserTable.SORT_KEY, AttributeValue.fromS(UserTable.PROFILE_SORT_KEY))));
        }
        return DynamoDbClients.create(settings(tableName));
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    /** DynamoDB Local prints its settings on standard output, which belongs to the console's dialogue. */
    private static <T> T quietly(Callable<T> work) throws Exception {
        PrintStream out = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try {
            return work.call();
        } finally {
            System.setOut(out);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
