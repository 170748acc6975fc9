package com.morningbackcoach.logging.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The skill's SLF4J provider in a child JVM set up as Lambda sets one up, writing through the Lambda runtime's own
 * logger. With the function's JSON log format every event is one JSON record with an RFC 3339 {@code timestamp}, its
 * {@code level}, its {@code message} and the request's {@code AWSRequestId}: what CloudWatch Logs Insights and Lambda's
 * application log-level filter read. The level follows {@code AWS_LAMBDA_LOG_LEVEL}. Off Lambda, text on stderr.
 */
class LambdaLoggingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void onLambdaWithJsonFormat_eachEventShouldBeOneRecordWithLevelMessageAndRequestId_filteredAtTheFunctionsLevel()
            throws Exception {
        Output output = runProbe(Map.of("AWS_LAMBDA_FUNCTION_NAME", "morning-back-coach-skill",
                "AWS_LAMBDA_LOG_FORMAT", "JSON", "AWS_LAMBDA_LOG_LEVEL", "WARN"));

        assertThat(output.stdout()).hasSize(2);
        List<JsonNode> events = new ArrayList<>();
        for (String line : output.stdout()) {
            events.add(JSON.readTree(line));
        }
        assertThat(events).allSatisfy(event -> {
            assertThat(event.isObject()).isTrue();
            assertThat(OffsetDateTime.parse(event.path("timestamp").asText())).isNotNull();
            assertThat(event.path("AWSRequestId").asText()).isEqualTo(LogProbe.REQUEST_ID);
        });
        assertThat(events).extracting(event -> event.path("level").asText()).containsExactly("WARN", "ERROR");
        assertThat(events.get(0).path("message").asText())
                .isEqualTo("LogProbe - probe warn with \"quotes\" and a\nline break");
        assertThat(events.get(1).path("message").asText()).startsWith("LogProbe - probe error\n"
                + IllegalStateException.class.getName() + ": probe failure\n\tat " + LogProbe.class.getName());
        assertThat(output.stderr()).isEmpty();
    }

    @Test
    void onLambdaWithoutALevel_infoAndAboveShouldBeLogged() throws Exception {
        Output output = runProbe(Map.of("AWS_LAMBDA_FUNCTION_NAME", "morning-back-coach-skill",
                "AWS_LAMBDA_LOG_FORMAT", "JSON"));

        assertThat(output.stdout()).hasSize(3);
        assertThat(JSON.readTree(output.stdout().get(0)).path("level").asText()).isEqualTo("INFO");
        assertThat(JSON.readTree(output.stdout().get(0)).path("message").asText()).isEqualTo("LogProbe - probe info");
    }

    @Test
    void offLambda_logsShouldBeTextOnStderr_leavingStdoutToTheConsole() throws Exception {
        Output output = runProbe(Map.of());

        assertThat(output.stdout()).isEmpty();
        assertThat(output.stderr()).anySatisfy(line -> assertThat(line).contains("INFO", "probe info"))
                .noneSatisfy(line -> assertThat(line).contains("probe debug"));
    }

    private static Output runProbe(Map<String, String> environment) throws IOException, InterruptedException {
        Path stdout = Files.createTempFile("log-probe", ".out");
        Path stderr = Files.createTempFile("log-probe", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), LogProbe.class.getName())
                    .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
            builder.environment().keySet().removeIf(name -> name.startsWith("AWS_LAMBDA_"));
            builder.environment().putAll(environment);
            Process process = builder.start();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("probe finished").isTrue();
            assertThat(process.exitValue()).isZero();
            return new Output(Files.readAllLines(stdout, StandardCharsets.UTF_8),
                    Files.readAllLines(stderr, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    record Output(List<String> stdout, List<String> stderr) {
    }
}
