package com.morningbackcoach.bench;

import com.morningbackcoach.local.LocalDynamoDb;
import com.morningbackcoach.routine.Length;
import com.morningbackcoach.routine.Pace;
import com.morningbackcoach.routine.RoutineSettings;
import com.morningbackcoach.streak.Streak;
import com.morningbackcoach.timezone.KnownZone;
import com.morningbackcoach.user.StoredProfile;
import com.morningbackcoach.user.UserProfile;
import com.morningbackcoach.user.dynamodb.DynamoDbClients;
import com.morningbackcoach.user.dynamodb.DynamoDbUserStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cold-start harness. Each run is a fresh JVM that instantiates a Lambda handler class from the shaded jar and answers
 * a LaunchRequest of a returning user, whose profile is read from DynamoDB Local on loopback. Subjects, alternated run
 * by run:
 * <ul>
 *   <li>skill: a cold start of the skill (no SnapStart);</li>
 *   <li>floor: hello-world plus the same GetItem done by hand (JDK HTTP client, SigV4 signing);</li>
 *   <li>hello-world: the smallest ASK SDK skill;</li>
 *   <li>(floor and hello-world run from {@code target/bench/yardstick.jar}: the skill's jar without the skill and without
 *   any logging library or SLF4J provider, and log one plain line each through the runtime's LambdaLogger);</li>
 *   <li>bare JVM;</li>
 *   <li>restored: the restore proxy. The handler is built as Lambda's init does, its org.crac hooks run as around a
 *   SnapStart snapshot (priming in beforeCheckpoint), then the first real LaunchRequest and a second one are timed
 *   inside the handler;</li>
 *   <li>restored-routine: the same, answering "start my routine" from a device that plays APL for Audio, twice.</li>
 * </ul>
 * Reports wall and CPU medians with ranges, peak RSS, the ratios skill/hello and skill/floor, the handler times of the
 * restore proxy, and the classes each subject loads. On two CPUs and pinned to one.
 * <p>
 * Usage: {@code ColdStartHarness [RUNS_PER_SUBJECT] [--jdk JAVA_HOME] [--jvm-flags "FLAGS"] [--only SUBJECT,...]
 * [--jar SKILL_JAR] [--cpus FRACTION]}. {@code --cpus} runs every subject pinned to one CPU and held to that share of
 * it by a CFS quota, as Lambda gives a function a share of a vCPU in proportion to its memory (needs a writable cgroup
 * v1 cpu controller, as root).
 */
public final class ColdStartHarness {

    static final String TABLE = "bench-users";
    static final String USER_ID = "amzn1.ask.account.BENCH-RETURNING-USER";
    /** The java21 Lambda runtime's default JIT setting, plus the serial collector it picks for small functions. */
    static final List<String> LAMBDA_JVM_FLAGS = List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC", "-Xshare:auto");
    static final String SKILL_HANDLER = "com.morningbackcoach.app.MorningBackCoachStreamHandler";
    static final ContainerCredentials CREDENTIALS = ContainerCredentials.start();
    /** The returning user must be greeted as one: an answer without their profile would be timed otherwise. */
    static final String WELCOME_BACK = "-Dbench.expect=elcome back";
    /** The routine must start at its first part (the breaths), not ask the safety question or apologise. */
    static final String ROUTINE_STARTED = "-Dbench.expect=slow breaths";
    private static final java.util.regex.Pattern RESTORED_AT = java.util.regex.Pattern.compile("MARK restored (\\d+)");

    public static void main(String[] args) throws Exception {
        int runs = 10;
        Path jdk = Path.of(System.getProperty("java.home"));
        List<String> flags = LAMBDA_JVM_FLAGS;
        List<String> only = List.of();
        Path jar = Path.of("target/bench/skill.jar");
        Path beforeJar = null;
        double cpus = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--jdk" -> jdk = Path.of(args[++i]);
                case "--jar" -> jar = Path.of(args[++i]);
                case "--before-jar" -> beforeJar = Path.of(args[++i]);
                case "--cpus" -> cpus = Double.parseDouble(args[++i]);
                case "--jvm-flags" -> flags = List.of(args[++i].trim().split("\\s+"));
                case "--only" -> only = List.of(args[++i].split(","));
                default -> runs = Integer.parseInt(args[i]);
            }
        }
        Path benchDir = Path.of("target/bench");
        Path request = benchDir.resolve("launch-returning-user.json");
        Path secondRequest = benchDir.resolve("launch-returning-user-again.json");
        Instant now = Instant.now();
        Files.writeString(request, LaunchRequests.returningUser(USER_ID, now, "first"));
        Files.writeString(secondRequest, LaunchRequests.returningUser(USER_ID, now.plusSeconds(5), "second"));
        Path routine = benchDir.resolve("routine-with-audio.json");
        Path secondRoutine = benchDir.resolve("routine-with-audio-again.json");
        Files.writeString(routine, LaunchRequests.routineWithAudio(USER_ID, now, "routine"));
        Files.writeString(secondRoutine, LaunchRequests.routineWithAudio(USER_ID, now.plusSeconds(5), "routine2"));
        try (LocalDynamoDb dynamoDb = LocalDynamoDb.inMemory();
             DynamoDbClient client = DynamoDbClients.create(dynamoDb.settings(TABLE)
                     .withTimeouts(Duration.ofSeconds(20), Duration.ofSeconds(10)))) {
            LocalDynamoDb.createTableIfMissing(client, TABLE);
            seedReturningUser(new DynamoDbUserStore(client, TABLE));
            // The Lambda environment's logging variables, so the skill logs as it does on Lambda (JSON lines)
            Map<String, String> env = Map.of("TABLE_NAME", TABLE, "AWS_REGION", "us-east-1",
                    "DYNAMODB_ENDPOINT", dynamoDb.endpoint().toString(), "SKILL_ID", LaunchRequests.SKILL_ID,
                    "AWS_LAMBDA_FUNCTION_NAME", "bench-skill", "AWS_LAMBDA_LOG_FORMAT", "JSON",
                    "AWS_LAMBDA_LOG_LEVEL", "INFO");
            // As under SnapStart on Lambda: no keys in the environment, a container endpoint that offers them
            Map<String, String> snapStartEnv = new HashMap<>(env);
            snapStartEnv.put("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start");
            snapStartEnv.put("AWS_CONTAINER_CREDENTIALS_FULL_URI", CREDENTIALS.uri());
            snapStartEnv.put("AWS_CONTAINER_AUTHORIZATION_TOKEN", ContainerCredentials.TOKEN);
            String classpath = jar + ":" + benchDir.resolve("runner");
            // The yardsticks log through the runtime's LambdaLogger alone: the jar without any logging library
            List<String> yardstick = List.of("-cp", benchDir.resolve("yardstick.jar") + ":" + benchDir.resolve("runner"));
            List<Subject> subjects = new ArrayList<>(List.of(
                    new Subject("skill", List.of(WELCOME_BACK), List.of("ColdStart", SKILL_HANDLER, request.toString()), env),
                    new Subject("floor", concat(yardstick, WELCOME_BACK), List.of("ColdStart", "FloorStreamHandler",
                            request.toString()), env),
                    new Subject("hello-world", yardstick, List.of("ColdStart", "HelloWorldStreamHandler",
                            request.toString()), env),
                    new Subject("bare JVM", List.of(), List.of("ColdStart", "--bare"), env),
                    new Subject("restored", List.of("-Dorg.crac.Core.Compat=benchcrac", WELCOME_BACK), List.of("ColdStart",
                            "--restore", SKILL_HANDLER, request.toString(), secondRequest.toString()), snapStartEnv),
                    new Subject("restored-routine", List.of("-Dorg.crac.Core.Compat=benchcrac", ROUTINE_STARTED),
                            List.of("ColdStart", "--restore", SKILL_HANDLER, routine.toString(), secondRoutine.toString()),
                            snapStartEnv)));
            if (beforeJar != null) {
                String beforeClasspath = beforeJar + ":" + benchDir.resolve("runner");
                subjects.add(new Subject("skill@before", List.of(WELCOME_BACK, "-cp", beforeClasspath), List.of("ColdStart",
                        SKILL_HANDLER, request.toString()), env));
                subjects.add(new Subject("restored@before", List.of("-Dorg.crac.Core.Compat=benchcrac", WELCOME_BACK,
                        "-cp", beforeClasspath), List.of("ColdStart", "--restore", SKILL_HANDLER, request.toString(),
                        secondRequest.toString()), snapStartEnv));
                subjects.add(new Subject("restored-routine@before", List.of("-Dorg.crac.Core.Compat=benchcrac",
                        ROUTINE_STARTED, "-cp", beforeClasspath), List.of("ColdStart", "--restore", SKILL_HANDLER,
                        routine.toString(), secondRoutine.toString()), snapStartEnv));
            }
            if (!only.isEmpty()) {
                List<String> wanted = only;
                subjects.removeIf(subject -> !wanted.contains(subject.name()));
            }
            Path java = jdk.resolve("bin").resolve("java");
            System.out.printf("Cold start, %d fresh JVMs per subject, JDK %d (%s), JVM flags %s, jar %s %d KiB%n", runs,
                    javaFeature(java), jdk, String.join(" ", flags), jar, Files.size(jar) / 1024);
            Bench bench = new Bench(java, flags, classpath);
            if (cpus > 0) {
                try (CpuQuota quota = CpuQuota.of(cpus)) {
                    bench.measure(quota.command(), subjects, runs);
                }
            } else {
                for (List<String> pinning : List.of(List.<String>of(), List.of("taskset", "-c", "0"))) {
                    bench.measure(pinning, subjects, runs);
                }
                bench.countClasses(subjects);
            }
        }
        System.exit(0);
    }

    private static List<String> concat(List<String> first, String... rest) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(rest));
        return all;
    }

    private static int javaFeature(Path java) throws Exception {
        Process process = new ProcessBuilder(java.toString(), "-XshowSettings:properties", "-version")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        for (String line : output.split("\n")) {
            if (line.trim().startsWith("java.specification.version")) {
                return Integer.parseInt(line.split("=")[1].trim());
            }
        }
        return -1;
    }

    private record Bench(Path java, List<String> flags, String classpath) {

        void measure(List<String> pinning, List<Subject> subjects, int runs) throws Exception {
            Map<String, List<Sample>> samples = new LinkedHashMap<>();
            subjects.forEach(subject -> samples.put(subject.name(), new ArrayList<>()));
            for (Subject subject : subjects) {
                run(pinning, subject, List.of());
            }
            for (int i = 0; i < runs; i++) {
                for (Subject subject : subjects) {
                    samples.get(subject.name()).add(run(pinning, subject, List.of()));
                }
            }
            System.out.println();
            System.out.println(pinning.isEmpty() ? "== 2 CPUs" : "== " + CpuQuota.describe(pinning));
            System.out.printf("%-12s %26s %26s %16s%n", "subject", "wall ms median (min-max)", "cpu ms median (min-max)",
                    "peak RSS MiB");
            samples.forEach((name, list) -> System.out.printf("%-12s %26s %26s %16s%n", name,
                    Stats.summary(list.stream().mapToDouble(Sample::wallMillis).toArray()),
                    Stats.summary(list.stream().mapToDouble(Sample::cpuMillis).toArray()),
                    Stats.summary(list.stream().mapToDouble(Sample::rssMiB).toArray())));
            ratio(samples, "skill", "hello-world");
            ratio(samples, "skill", "floor");
            ratio(samples, "floor", "hello-world");
            ratio(samples, "skill@before", "floor");
            for (String name : List.of("restored", "restored@before", "restored-routine", "restored-routine@before")) {
                List<Sample> restored = samples.get(name);
                if (restored == null) {
                    continue;
                }
                double[] first = restored.stream().mapToDouble(s -> s.restore()[2]).toArray();
                double[] second = restored.stream().mapToDouble(s -> s.restore()[3]).toArray();
                double[] ratio = restored.stream().mapToDouble(s -> s.restore()[2] / s.restore()[3]).toArray();
                System.out.println(name + ": restore proxy, handler time in ms, median (min-max):");
                System.out.printf("  init (constructor)      %s%n",
                        Stats.summary(restored.stream().mapToDouble(s -> s.restore()[0]).toArray()));
                System.out.printf("  hooks (priming)         %s%n",
                        Stats.summary(restored.stream().mapToDouble(s -> s.restore()[1]).toArray()));
                System.out.printf("  first answer            %s%n", Stats.summaryFine(first));
                System.out.printf("  second answer           %s%n", Stats.summaryFine(second));
                System.out.printf("  first / second          %s%n", Stats.summaryRatio(ratio));
                if (name.equals("restored")) {
                    System.out.printf("  credentials asked of the container endpoint: %d before the restore, %d after%n",
                            CREDENTIALS.beforeRestore(), CREDENTIALS.afterRestore());
                    CREDENTIALS.reset();
                }
            }
        }

        private static void ratio(Map<String, List<Sample>> samples, String a, String b) {
            if (samples.containsKey(a) && samples.containsKey(b)) {
                System.out.printf("ratio %s / %s (median wall): %.2fx%n", a, b,
                        Stats.median(samples.get(a).stream().mapToDouble(Sample::wallMillis).toArray())
                                / Stats.median(samples.get(b).stream().mapToDouble(Sample::wallMillis).toArray()));
            }
        }

        /** One run per subject with class loading logged: how many classes, from where, and lambdas. */
        void countClasses(List<Subject> subjects) throws Exception {
            System.out.println();
            System.out.println("== classes loaded (one run each, -Xlog:class+load)");
            for (Subject subject : subjects) {
                List<String> lines = new ArrayList<>();
                run(List.of(), subject, List.of("-Xlog:class+load=info:stdout"), lines);
                Map<String, Integer> all = new TreeMap<>();
                Map<String, Integer> afterRestore = new TreeMap<>();
                List<String> namesAfterRestore = new ArrayList<>();
                boolean restored = false;
                for (String line : lines) {
                    if (line.contains("MARK restored")) {
                        restored = true;
                    } else if (line.contains("MARK answered")) {
                        restored = false;
                    }
                    if (line.contains("[class,load]")) {
                        String group = group(line);
                        all.merge(group, 1, Integer::sum);
                        all.merge("total", 1, Integer::sum);
                        if (restored) {
                            namesAfterRestore.add(line.substring(line.indexOf("[class,load]") + 12).trim().split(" ")[0]);
                            afterRestore.merge(group, 1, Integer::sum);
                            afterRestore.merge("total", 1, Integer::sum);
                        }
                    }
                }
                System.out.printf("%-12s %s%n", subject.name(), all);
                if (subject.args().contains("--restore")) {
                    System.out.printf("%-12s loaded while answering after the restore: %s%n", "", afterRestore);
                    // One list per subject: restored@before must not overwrite the restored skill's own
                    Path list = Path.of("target/bench/classes-after-restore"
                            + subject.name().replace("restored", "") + ".txt");
                    Files.write(list, namesAfterRestore);
                    System.out.printf("%-12s (their names: %s)%n", "", list);
                }
            }
        }

        private static String group(String line) {
            String name = line.substring(line.indexOf("[class,load]") + 12).trim().split(" ")[0];
            if (name.contains("$$Lambda") || name.contains("LambdaForm$") || name.contains("/0x")) {
                return "hidden (lambdas)";
            }
            if (name.startsWith("software.amazon.")) {
                return "aws sdk";
            }
            if (name.startsWith("com.amazon.ask.")) {
                return "ask sdk";
            }
            if (name.startsWith("com.fasterxml.")) {
                return "jackson";
            }
            if (name.startsWith("org.apache.logging.") || name.startsWith("org.slf4j.")
                    || name.startsWith("com.amazonaws.services.lambda.runtime.log4j2") || name.startsWith("ch.qos.logback.")
                    || name.startsWith("software.amazon.lambda.powertools.")
                    || name.startsWith("com.morningbackcoach.logging.lambda.")) {
                return "logging";
            }
            if (name.startsWith("com.morningbackcoach.")) {
                return "skill";
            }
            if (name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
                    || name.startsWith("sun.") || name.startsWith("com.sun.")) {
                return "jdk";
            }
            return "other";
        }

        Sample run(List<String> pinning, Subject subject, List<String> extraFlags) throws Exception {
            return run(pinning, subject, extraFlags, null);
        }

        Sample run(List<String> pinning, Subject subject, List<String> extraFlags, List<String> keep) throws Exception {
            List<String> command = new ArrayList<>(pinning);
            command.add(java.toString());
            command.addAll(flags);
            command.addAll(extraFlags);
            if (!subject.jvmArgs().contains("-cp")) {
                command.addAll(List.of("-cp", classpath));
            }
            command.addAll(subject.jvmArgs());
            command.addAll(subject.args());
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
            builder.environment().putAll(subject.env());
            CREDENTIALS.runStarts();
            long restoredAt = Long.MAX_VALUE;
            long start = System.nanoTime();
            Process process = builder.start();
            double wall = -1;
            String stats = null;
            double[] restore = null;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (keep != null) {
                        keep.add(line);
                    }
                    java.util.regex.Matcher mark = RESTORED_AT.matcher(line);
                    if (mark.find()) {
                        restoredAt = Long.parseLong(mark.group(1));
                    }
                    if (line.startsWith("RESPONSE")) {
                        wall = (System.nanoTime() - start) / 1e6;
                        if (line.endsWith("false")) {
                            throw new IllegalStateException(subject.name() + " answered without the expected speech");
                        }
                    } else if (line.startsWith("STATS")) {
                        stats = line;
                    } else if (line.startsWith("RESTORE")) {
                        String[] parts = line.split(" ");
                        restore = new double[] {Double.parseDouble(parts[1]), Double.parseDouble(parts[2]),
                                Double.parseDouble(parts[3]), Double.parseDouble(parts[4])};
                    }
                }
            }
            CREDENTIALS.runEnded(restoredAt);
            if (process.waitFor() != 0 || wall < 0 || stats == null) {
                throw new IllegalStateException(subject.name() + " failed, exit " + process.exitValue());
            }
            String[] parts = stats.split(" ");
            return new Sample(wall, Long.parseLong(parts[1]) / 1e6, Long.parseLong(parts[2]) / 1024.0, restore);
        }
    }

    private static void seedReturningUser(DynamoDbUserStore store) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Streak streak = Streak.none()
                .completedOn(today.minusDays(2), today.minusDays(2).atTime(7, 0).toInstant(ZoneOffset.UTC))
                .completedOn(today.minusDays(1), today.minusDays(1).atTime(7, 0).toInstant(ZoneOffset.UTC));
        store.save(USER_ID, new StoredProfile.Absent(), UserProfile.newUser().withStreak(streak)
                .withSettings(new RoutineSettings(Pace.STEADY, Length.FULL, false, true, true))
                .withZone(new KnownZone(ZoneOffset.UTC, Instant.now())));
    }

    record Subject(String name, List<String> jvmArgs, List<String> args, Map<String, String> env) {
    }

    record Sample(double wallMillis, double cpuMillis, double rssMiB, double[] restore) {
    }
}
