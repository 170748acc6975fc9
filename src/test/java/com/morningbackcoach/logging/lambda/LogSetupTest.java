package com.morningbackcoach.logging.lambda;

import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LogSetupTest {

    @Test
    void onLambda_theFunctionsLevelShouldApplyToEveryLogger_andEventsGoToTheRuntime() {
        LogSetup setup = LogSetup.fromEnvironment(Map.of("AWS_LAMBDA_FUNCTION_NAME", "skill",
                "AWS_LAMBDA_LOG_LEVEL", "warn"), "debug");

        assertThat(setup.sink()).isEqualTo(LineSink.LAMBDA);
        assertThat(setup.threshold("com.morningbackcoach.app.Skill")).isEqualTo(Level.WARN);
        assertThat(setup.threshold("org.eclipse.jetty.server.Server")).isEqualTo(Level.WARN);
    }

    @Test
    void offLambda_thePropertyShouldSetTheLevel_butChattyLocalLibrariesStayQuiet() {
        LogSetup setup = LogSetup.fromEnvironment(Map.of(), "debug");

        assertThat(setup.sink()).isEqualTo(LineSink.STDERR);
        assertThat(setup.threshold("com.morningbackcoach.user.dynamodb.DynamoDbUserStore")).isEqualTo(Level.DEBUG);
        assertThat(setup.threshold("com.amazonaws.services.dynamodbv2.local.server.Handler")).isEqualTo(Level.ERROR);
        assertThat(setup.threshold("org.eclipse.jetty")).isEqualTo(Level.WARN);
        assertThat(setup.threshold("org.eclipse.jettyish.Other")).isEqualTo(Level.DEBUG);
    }

    @Test
    void levels_unsetOrUnknownShouldBeInfo_andFatalShouldBeError() {
        assertThat(LogSetup.level(null)).isEqualTo(Level.INFO);
        assertThat(LogSetup.level(" ")).isEqualTo(Level.INFO);
        assertThat(LogSetup.level("loud")).isEqualTo(Level.INFO);
        assertThat(LogSetup.level("FATAL")).isEqualTo(Level.ERROR);
        assertThat(LogSetup.level("trace")).isEqualTo(Level.TRACE);
    }

    @Test
    void everyLevel_shouldReachTheRuntimeAsItsOwnLevel() {
        for (Level level : Level.values()) {
            assertThat(LineSink.lambdaLevel(level).name()).isEqualTo(level.name());
        }
        assertThat(LineSink.lambdaLevel(Level.ERROR)).isEqualTo(LogLevel.ERROR);
        assertThat(LineSink.shortName("com.morningbackcoach.app.Skill")).isEqualTo("Skill");
        assertThat(LineSink.shortName("Plain")).isEqualTo("Plain");
    }
}
