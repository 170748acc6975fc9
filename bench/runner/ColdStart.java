import com.amazonaws.services.lambda.runtime.RequestStreamHandler;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One fresh JVM, as the Lambda runtime runs it, with a stand-in for the runtime's logger ({@link RuntimeLogger}).
 * Prints the response size, then this process's CPU time and peak resident memory.
 * <ul>
 *   <li>{@code ColdStart HANDLER_CLASS REQUEST_FILE}: a cold start; instantiate the handler class, pass it one
 *   request, write the response.</li>
 *   <li>{@code ColdStart --restore HANDLER_CLASS FIRST_FILE SECOND_FILE}: the restore proxy; instantiate the handler
 *   (Lambda's init), run its org.crac hooks as around a SnapStart snapshot (started with
 *   {@code -Dorg.crac.Core.Compat=benchcrac}), then time the handler on the first real request and on a second.
 *   Prints {@code RESTORE initMs hooksMs firstMs secondMs}.</li>
 *   <li>{@code ColdStart --bare}: a JVM that does nothing.</li>
 * </ul>
 */
public final class ColdStart {

    public static void main(String[] args) throws Exception {
        if (!args[0].equals("--bare")) {
            RuntimeLogger.install();
        }
        if (args[0].equals("--bare")) {
            System.out.println("RESPONSE 0 true");
        } else if (args[0].equals("--restore")) {
            byte[] firstRequest = Files.readAllBytes(Path.of(args[2]));
            byte[] secondRequest = Files.readAllBytes(Path.of(args[3]));
            long start = System.nanoTime();
            RequestStreamHandler handler = instantiate(args[1]);
            long initialized = System.nanoTime();
            org.crac.Core.checkpointRestore();
            long restored = System.nanoTime();
            System.out.println("MARK restored " + restored);
            System.out.flush();
            String first = answer(handler, firstRequest);
            long firstDone = System.nanoTime();
            String second = answer(handler, secondRequest);
            long secondDone = System.nanoTime();
            System.out.println("MARK answered");
            System.out.println("RESPONSE " + first.length() + " " + (expected(first) && expected(second)));
            System.out.println(String.format("RESTORE %.3f %.3f %.3f %.3f", (initialized - start) / 1e6,
                    (restored - initialized) / 1e6, (firstDone - restored) / 1e6, (secondDone - firstDone) / 1e6));
        } else {
            RequestStreamHandler handler = instantiate(args[0]);
            String response = answer(handler, Files.readAllBytes(Path.of(args[1])));
            System.out.println("RESPONSE " + response.length() + " " + expected(response));
        }
        System.out.flush();
        long cpuNanos = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        String peakRss = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmHWM:")).findFirst().orElse("VmHWM: 0 kB")
                .replaceAll("\\D+", " ").trim();
        System.out.println("STATS " + cpuNanos + " " + peakRss);
        System.exit(0);
    }

    /** Speech, and the words {@code -Dbench.expect} names if given: a welcome back, not an apology. */
    private static boolean expected(String response) {
        String words = System.getProperty("bench.expect");
        return response.contains("outputSpeech") && (words == null || response.contains(words));
    }

    private static RequestStreamHandler instantiate(String className) throws ReflectiveOperationException {
        return (RequestStreamHandler) Class.forName(className).getDeclaredConstructor().newInstance();
    }

    private static String answer(RequestStreamHandler handler, byte[] request) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = new ByteArrayInputStream(request)) {
            handler.handleRequest(in, out, null);
        }
        return out.toString();
    }
}
