package com.morningbackcoach.logging.lambda;

import com.amazonaws.services.lambda.runtime.LambdaRuntime;
import com.amazonaws.services.lambda.runtime.api.client.api.LambdaContext;
import com.amazonaws.services.lambda.runtime.api.client.logging.LambdaContextLogger;
import com.amazonaws.services.lambda.runtime.api.client.logging.StdOutLogSink;
import com.amazonaws.services.lambda.runtime.logging.LogFormat;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.reflect.Field;

/**
 * A child JVM for {@link LambdaLoggingTest}: one event at each level through SLF4J, one with an exception. With
 * {@code AWS_LAMBDA_FUNCTION_NAME} set it first puts the Lambda runtime's own logger in place, as the runtime does
 * before it loads a handler, with the format and level of the environment and a request under way.
 */
public final class LogProbe {

    static final String REQUEST_ID = "0f1e2d3c-probe-request";

    private LogProbe() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        if (System.getenv("AWS_LAMBDA_FUNCTION_NAME") != null) {
            installRuntimeLogger();
        }
        Logger log = LoggerFactory.getLogger(LogProbe.class);
        log.trace("probe trace");
        log.debug("probe debug");
        log.info("probe info");
        log.warn("probe warn with \"quotes\" and a\nline break");
        log.error("probe error", new IllegalStateException("probe failure"));
        System.out.flush();
    }

    private static void installRuntimeLogger() throws ReflectiveOperationException {
        String level = System.getenv("AWS_LAMBDA_LOG_LEVEL");
        LambdaContextLogger logger = new LambdaContextLogger(new StdOutLogSink(),
                level == null ? LogLevel.UNDEFINED : LogLevel.fromString(level),
                LogFormat.fromString(System.getenv().getOrDefault("AWS_LAMBDA_LOG_FORMAT", "TEXT")));
        Field field = LambdaRuntime.class.getDeclaredField("logger");
        field.setAccessible(true);
        field.set(null, logger);
        logger.setLambdaContext(new LambdaContext(1024, System.currentTimeMillis() + 3_000, REQUEST_ID,
                "/aws/lambda/probe", "probe-stream", "probe", null, "1",
                "arn:aws:lambda:us-east-1:000000000000:function:probe", null, null, null));
    }
}
