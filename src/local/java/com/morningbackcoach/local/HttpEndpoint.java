package com.morningbackcoach.local;

import com.amazon.ask.Skill;
import com.amazon.ask.servlet.ServletConstants;
import com.amazon.ask.servlet.SkillServlet;
import org.eclipse.jetty.ee8.servlet.FilterHolder;
import org.eclipse.jetty.ee8.servlet.ServletContextHandler;
import org.eclipse.jetty.ee8.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import javax.servlet.DispatcherType;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.EnumSet;

/**
 * Serves Alexa requests by POST on {@code /} from an embedded Jetty, through the ASK SDK's {@link SkillServlet} and
 * its request verifiers (timestamp, and signature unless turned off for local tools). Bounded in every direction:
 * body size, header size, threads, connections, idle time, and a minimum upload rate so slow clients cannot hold it.
 */
public final class HttpEndpoint implements AutoCloseable {

    static final int MAX_BODY_BYTES = 128 * 1024;
    static final int MAX_HEADER_BYTES = 8 * 1024;
    static final int MAX_THREADS = 16;
    static final int MIN_THREADS = 4;
    static final int ACCEPT_QUEUE = 64;
    static final int MAX_CONNECTIONS = 128;
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(5);
    /** A client sending slower than this is cut off, however long it keeps the connection busy. */
    static final long MIN_BYTES_PER_SECOND = 1024;

    private final Server server;
    private final ServerConnector connector;

    private HttpEndpoint(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /**
     * Starts serving; port 0 picks a free port. Checking signatures is refused nowhere, but turning it off is refused
     * on any address other than loopback.
     *
     * @throws IllegalArgumentException for {@code verifySignature} false on a non-loopback address
     * @throws Exception                when the server cannot start, such as a port in use
     */
    public static HttpEndpoint start(Skill skill, String host, int port, boolean verifySignature) throws Exception {
        if (!verifySignature && !isLoopback(host)) {
            throw new IllegalArgumentException("Signature checks can only be turned off on a loopback address, not " + host);
        }
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, MIN_THREADS, (int) IDLE_TIMEOUT.toMillis());
        threads.setName("alexa-endpoint");
        Server server = new Server(threads);
        HttpConfiguration config = new HttpConfiguration();
        config.setSendServerVersion(false);
        config.setRequestHeaderSize(MAX_HEADER_BYTES);
        config.setMinRequestDataRate(MIN_BYTES_PER_SECOND);
        config.setIdleTimeout(IDLE_TIMEOUT.toMillis());
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(config));
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
        connector.setAcceptQueueSize(ACCEPT_QUEUE);
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, connector));

        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addFilter(new FilterHolder(new EnvelopeFilter(MAX_BODY_BYTES)), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(servlet(skill, verifySignature)), "/");
        SizeLimitHandler limits = new SizeLimitHandler(MAX_BODY_BYTES, -1);
        limits.setHandler(context.get());
        server.setHandler(limits);
        server.setStopTimeout(0);
        try {
            server.start();
        } catch (Exception e) {
            server.stop();
            throw e;
        }
        return new HttpEndpoint(server, connector);
    }

    public int port() {
        return connector.getLocalPort();
    }

    public String host() {
        return connector.getHost();
    }

    /** The SDK's servlet reads whether to check signatures from a system property when it is built. */
    private static synchronized SkillServlet servlet(Skill skill, boolean verifySignature) {
        String property = ServletConstants.DISABLE_REQUEST_SIGNATURE_CHECK_SYSTEM_PROPERTY;
        String before = System.getProperty(property);
        System.setProperty(property, Boolean.toString(!verifySignature));
        try {
            return new SkillServlet(skill);
        } finally {
            if (before == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, before);
            }
        }
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
