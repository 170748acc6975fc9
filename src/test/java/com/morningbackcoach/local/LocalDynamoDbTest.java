package com.morningbackcoach.local;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;

/** The DynamoDB Local the console and {@code serve} start takes any credentials, so it must listen on loopback only. */
class LocalDynamoDbTest {

    @Test
    void localDynamoDb_shouldListenOnLoopbackOnly() throws Exception {
        try (LocalDynamoDb local = LocalDynamoDb.inMemory()) {
            int port = local.endpoint().getPort();

            assertThat(local.host()).isEqualTo("127.0.0.1");
            assertThat(HttpEndpointTest.canConnect(InetAddress.getLoopbackAddress(), port)).isTrue();
            for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                        assertThat(HttpEndpointTest.canConnect(address, port)).as("reachable on %s", address).isFalse();
                    }
                }
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
