import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.LambdaRuntime;
import com.amazonaws.services.lambda.runtime.LambdaRuntimeInternal;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;

import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Stands in for the Lambda runtime's logger under {@code LogFormat: JSON}, put in place before the handler is loaded as
 * the runtime does: each call is one record on stdout, {@code timestamp}, {@code level}, {@code message} and
 * {@code AWSRequestId}, at or above {@code AWS_LAMBDA_LOG_LEVEL}; what a Log4j 2 Lambda appender already wrote as JSON
 * passes through unchanged. Every subject that logs pays the same for it.
 */
final class RuntimeLogger implements LambdaLogger {

    static final String REQUEST_ID = "bench-request";

    private final PrintStream out = System.out;
    private final LogLevel minimum = LogLevel.fromString(System.getenv().getOrDefault("AWS_LAMBDA_LOG_LEVEL", "INFO"));

    static void install() throws ReflectiveOperationException {
        Field logger = LambdaRuntime.class.getDeclaredField("logger");
        logger.setAccessible(true);
        logger.set(null, new RuntimeLogger());
    }

    @Override
    public void log(String message) {
        log(message, LogLevel.UNDEFINED);
    }

    @Override
    public void log(byte[] message) {
        log(message, LogLevel.UNDEFINED);
    }

    @Override
    public void log(byte[] message, LogLevel level) {
        log(new String(message, StandardCharsets.UTF_8), level);
    }

    @Override
    public synchronized void log(String message, LogLevel level) {
        if (level != LogLevel.UNDEFINED && level.ordinal() < minimum.ordinal()) {
            return;
        }
        if (LambdaRuntimeInternal.getUseLog4jAppender()) {
            out.print(message.endsWith("\n") ? message : message + "\n");
            return;
        }
        StringBuilder record = new StringBuilder(message.length() + 96).append("{\"timestamp\":\"").append(Instant.now())
                .append("\",\"level\":\"").append(level).append("\",\"message\":\"");
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            switch (c) {
                case '"' -> record.append("\\\"");
                case '\\' -> record.append("\\\\");
                case '\n' -> record.append("\\n");
                case '\r' -> record.append("\\r");
                case '\t' -> record.append("\\t");
                default -> {
                    if (c < 0x20) {
                        record.append(String.format("\\u%04x", (int) c));
                    } else {
                        record.append(c);
                    }
                }
            }
        }
        out.print(record.append("\",\"AWSRequestId\":\"").append(REQUEST_ID).append("\"}\n"));
    }
}
