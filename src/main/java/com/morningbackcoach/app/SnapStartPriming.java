package com.morningbackcoach.app;

import com.morningbackcoach.conversation.SkillServices;
import com.morningbackcoach.user.InMemoryUserStore;
import org.crac.Context;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

/**
 * Before Lambda SnapStart takes its snapshot, runs synthetic requests through a copy of the skill with an
 * in-memory store and no network, so the snapshot holds the classes and code paths a first request needs.
 */
public final class SnapStartPriming implements Resource {

    static final List<String> REQUESTS = List.of("LaunchRequest", "StartRoutineIntent");
    private static final Logger LOG = LoggerFactory.getLogger(SnapStartPriming.class);

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        int answered = prime();
        LOG.info("Primed the skill with {} synthetic requests", answered);
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // nothing to renew: clients hold no connection opened before the snapshot
    }

    /** Runs the synthetic requests; returns how many got a spoken answer. */
    public static int prime() {
        SkillServices offline = SkillServices.builder().store(new InMemoryUserStore()).clock(Clock.systemUTC()).build();
        MorningBackCoachStreamHandler handler = new MorningBackCoachStreamHandler(SkillFactory.create(offline, null, null));
        int answered = 0;
        for (String name : REQUESTS) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (InputStream in = request(name)) {
                handler.handleRequest(in, out, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (out.toString().contains("outputSpeech")) {
                answered++;
            }
        }
        return answered;
    }

    private static InputStream request(String name) throws IOException {
        try (InputStream in = SnapStartPriming.class.getResourceAsStream("/priming/" + name + ".json")) {
            if (in == null) {
                throw new IOException("No priming request " + name);
            }
            return new ByteArrayInputStream(in.readAllBytes());
        }
    }
}
