import com.amazonaws.services.lambda.runtime.RequestStreamHandler;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One cold invocation, as the Lambda runtime does it: instantiate the handler class, pass it one request, write the
 * response. Prints the response size, then this process's CPU time and peak resident memory.
 * Usage: ColdStart HANDLER_CLASS REQUEST_FILE, or ColdStart --bare.
 */
public final class ColdStart {

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--bare")) {
            System.out.println("RESPONSE 0");
        } else {
            RequestStreamHandler handler = (RequestStreamHandler) Class.forName(args[0]).getDeclaredConstructor().newInstance();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
                handler.handleRequest(in, out, null);
            }
            System.out.println("RESPONSE " + out.size() + " " + out.toString().contains("outputSpeech"));
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
}
