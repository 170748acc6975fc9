package com.morningbackcoach.bench;

import com.morningbackcoach.app.MorningBackCoachStreamHandler;
import com.morningbackcoach.app.SkillFactory;
import com.morningbackcoach.conversation.SkillServices;
import com.morningbackcoach.user.InMemoryUserStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A warm turn in the middle of the routine, through the Lambda stream handler with an in-memory store: "next" from
 * step 2 and "go back" from step 3, alternating, so every turn reads the profile and writes the new step.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"})
public class WarmTurnBenchmark {

    private MorningBackCoachStreamHandler handler;
    private byte[] next;
    private byte[] previous;
    private long turn;

    @Setup
    public void setUp() {
        SkillServices services = SkillServices.builder()
                .store(new InMemoryUserStore())
                .clock(Clock.systemUTC())
                .zoneLookup(input -> Optional.of(ZoneOffset.UTC))
                .build();
        handler = new MorningBackCoachStreamHandler(SkillFactory.create(services, null, null));
        next = midRoutine("AMAZON.NextIntent", 2);
        previous = midRoutine("AMAZON.PreviousIntent", 3);
        try {
            String first = new String(midRoutineTurn(), StandardCharsets.UTF_8);
            if (!first.contains("Step 3 of 5")) {
                throw new IllegalStateException("Unexpected answer: " + first);
            }
            turn = 0;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Benchmark
    public byte[] midRoutineTurn() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        handler.handleRequest(new ByteArrayInputStream(turn++ % 2 == 0 ? next : previous), out, null);
        return out.toByteArray();
    }

    private static byte[] midRoutine(String intent, int step) {
        return """
                {"version":"1.0",
                 "session":{"new":false,"sessionId":"amzn1.echo-api.session.bench",
                   "application":{"applicationId":"%1$s"},
                   "attributes":{"activity":{"kind":"routine","state":{"step":%3$d,"morning":"2026-11-24"}},
                     "question":"routine.next"},
                   "user":{"userId":"amzn1.ask.account.BENCH"}},
                 "context":{"System":{"application":{"applicationId":"%1$s"},"user":{"userId":"amzn1.ask.account.BENCH"},
                   "device":{"deviceId":"amzn1.ask.device.BENCH","supportedInterfaces":{}}}},
                 "request":{"type":"IntentRequest","requestId":"amzn1.echo-api.request.bench",
                   "timestamp":"2026-11-24T07:00:00Z","locale":"en-US",
                   "intent":{"name":"%2$s","confirmationStatus":"NONE"}}}
                """.formatted(LaunchRequests.SKILL_ID, intent, step).getBytes(StandardCharsets.UTF_8);
    }
}
