package com.morningbackcoach.bench;

import com.morningbackcoach.local.LocalDynamoDb;
import com.morningbackcoach.streak.Streak;
import com.morningbackcoach.timezone.KnownZone;
import com.morningbackcoach.user.UserProfile;
import com.morningbackcoach.user.dynamodb.DynamoDbUserStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Cold-start harness: each run is a fresh JVM that instantiates a Lambda handler class from the shaded jar and
 * answers one LaunchRequest. Alternates the skill (a returning user, read from DynamoDB Local on loopback), a
 * minimal hello-world ASK SDK skill and a bare JVM; reports wall and CPU medians with ranges, and peak RSS, on two
 * CPUs and pinned to one.
 */
public final class ColdStartHarness {

    static final String TABLE = "bench-users";
    static final String USER_ID = "amzn1.ask.account.BENCH-RETURNING-USER";
    /** The java21 Lambda runtime's default JIT setting, plus the serial collector it picks for small functions. */
    static final List<String> LAMBDA_JVM_FLAGS = List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC", "-Xshare:auto");

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        Path benchDir = Path.of("target/bench");
        Path request = benchDir.resolve("launch-returning-user.json");
        Files.writeString(request, LaunchRequests.returningUser(USER_ID, Instant.now()));
        try (LocalDynamoDb dynamoDb = LocalDynamoDb.inMemory();
             DynamoDbClient client = dynamoDb.clientWithTable(TABLE)) {
            seedReturningUser(new DynamoDbUserStore(client, TABLE));
            // The Lambda environment's logging variables, so the skill logs as it does on Lambda (JSON lines)
            Map<String, String> env = Map.of("TABLE_NAME", TABLE, "AWS_REGION", "us-east-1",
                    "DYNAMODB_ENDPOINT", dynamoDb.endpoint().toString(), "SKILL_ID", LaunchRequests.SKILL_ID,
                    "AWS_LAMBDA_FUNCTION_NAME", "bench-skill", "AWS_LAMBDA_LOG_FORMAT", "JSON",
                    "AWS_LAMBDA_LOG_LEVEL", "INFO");
            String classpath = benchDir.resolve("skill.jar") + ":" + benchDir.resolve("runner");
            List<Subject> subjects = List.of(
                    new Subject("skill", List.of("ColdStart", "com.morningbackcoach.app.MorningBackCoachStreamHandler",
                            request.toString())),
                    new Subject("hello-world", List.of("ColdStart", "HelloWorldStreamHandler", request.toString())),
                    new Subject("bare JVM", List.of("ColdStart", "--bare")));
            System.out.printf("Cold start, %d fresh JVMs per subject, JVM flags %s, jar %d KiB%n", runs,
                    String.join(" ", LAMBDA_JVM_FLAGS), Files.size(benchDir.resolve("skill.jar")) / 1024);
            for (List<String> pinning : List.of(List.<String>of(), List.of("taskset", "-c", "0"))) {
                measure(pinning, subjects, classpath, env, runs);
            }
        }
        System.exit(0);
    }

    private static void measure(List<String> pinning, List<Subject> subjects, String classpath,
                                Map<String, String> env, int runs) throws Exception {
        Map<String, List<Sample>> samples = new java.util.LinkedHashMap<>();
        subjects.forEach(subject -> samples.put(subject.name(), new ArrayList<>()));
        for (Subject subject : subjects) {
            run(pinning, subject, classpath, env);
        }
        for (int i = 0; i < runs; i++) {
            for (Subject subject : subjects) {
                samples.get(subject.name()).add(run(pinning, subject, classpath, env));
            }
        }
        System.out.println();
        System.out.println(pinning.isEmpty() ? "== 2 CPUs" : "== pinned to one CPU (" + String.join(" ", pinning) + ")");
        System.out.printf("%-12s %26s %26s %14s%n", "subject", "wall ms median (min-max)", "cpu ms median (min-max)",
                "peak RSS MiB");
        samples.forEach((name, list) -> System.out.printf("%-12s %26s %26s %14s%n", name,
                Stats.summary(list.stream().mapToDouble(Sample::wallMillis).toArray()),
                Stats.summary(list.stream().mapToDouble(Sample::cpuMillis).toArray()),
                Stats.summary(list.stream().mapToDouble(Sample::rssMiB).toArray())));
        double skill = Stats.median(samples.get("skill").stream().mapToDouble(Sample::wallMillis).toArray());
        double hello = Stats.median(samples.get("hello-world").stream().mapToDouble(Sample::wallMillis).toArray());
        System.out.printf("ratio skill / hello-world (median wall): %.2fx%n", skill / hello);
    }

    private static Sample run(List<String> pinning, Subject subject, String classpath, Map<String, String> env)
            throws Exception {
        List<String> command = new ArrayList<>(pinning);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(LAMBDA_JVM_FLAGS);
        command.addAll(List.of("-cp", classpath));
        command.addAll(subject.args());
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(env);
        long start = System.nanoTime();
        Process process = builder.start();
        double wall = -1;
        String stats = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("RESPONSE")) {
                    wall = (System.nanoTime() - start) / 1e6;
                    if (line.endsWith("false")) {
                        throw new IllegalStateException(subject.name() + " answered without speech");
                    }
                } else if (line.startsWith("STATS")) {
                    stats = line;
                }
            }
        }
        if (process.waitFor() != 0 || wall < 0 || stats == null) {
            throw new IllegalStateException(subject.name() + " failed, exit " + process.exitValue());
        }
        String[] parts = stats.split(" ");
        return new Sample(wall, Long.parseLong(parts[1]) / 1e6, Long.parseLong(parts[2]) / 1024.0);
    }

    private static void seedReturningUser(DynamoDbUserStore store) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Streak streak = Streak.none()
                .completedOn(today.minusDays(2), today.minusDays(2).atTime(7, 0).toInstant(ZoneOffset.UTC))
                .completedOn(today.minusDays(1), today.minusDays(1).atTime(7, 0).toInstant(ZoneOffset.UTC));
        store.delete(USER_ID);
        store.save(USER_ID, UserProfile.newUser().withStreak(streak)
                .withZone(new KnownZone(ZoneOffset.UTC, Instant.now())));
    }

    record Subject(String name, List<String> args) {
    }

    record Sample(double wallMillis, double cpuMillis, double rssMiB) {
    }
}
