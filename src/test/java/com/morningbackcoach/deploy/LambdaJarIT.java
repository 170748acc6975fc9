package com.morningbackcoach.deploy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shaded Lambda jar as it is deployed ({@code target/morning-back-coach.jar}, run by failsafe after
 * {@code package}): the library versions it ships, read from each library's {@code pom.properties}, and what must never
 * be in it.
 */
class LambdaJarIT {

    static final Path JAR = Path.of("target/morning-back-coach.jar");

    private static List<String> entries;
    private static Map<String, String> versions;

    @BeforeAll
    static void readJar() throws IOException {
        entries = new ArrayList<>();
        versions = new TreeMap<>();
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            for (ZipEntry entry : jar.stream().toList()) {
                entries.add(entry.getName());
                if (entry.getName().startsWith("META-INF/maven/") && entry.getName().endsWith("/pom.properties")) {
                    Properties pom = new Properties();
                    try (InputStream in = jar.getInputStream(entry)) {
                        pom.load(in);
                    }
                    versions.put(pom.getProperty("groupId") + ":" + pom.getProperty("artifactId"), pom.getProperty("version"));
                }
            }
        }
    }

    @Test
    void jar_shouldShipPatchedCommonsIoAndJackson() {
        assertThat(entries).anyMatch(name -> name.startsWith("org/apache/commons/io/"));
        assertThat(versions).containsKeys("commons-io:commons-io", "com.fasterxml.jackson.core:jackson-databind",
                "com.fasterxml.jackson.core:jackson-core");

        assertThat(atLeast(versions.get("commons-io:commons-io"), 2, 14)).as("commons-io %s", versions.get("commons-io:commons-io")).isTrue();
        versions.forEach((artifact, version) -> {
            if (artifact.startsWith("com.fasterxml.jackson.")) {
                assertThat(atLeast(version, 2, 18)).as("%s %s", artifact, version).isTrue();
            }
        });
    }

    @Test
    void jar_shouldHoldNoLocalRunnerNoDynamoDbLocalAndNoOtherHttpClient() {
        assertThat(entries).noneMatch(name -> name.startsWith("com/morningbackcoach/local/"))
                .noneMatch(name -> name.startsWith("com/amazonaws/services/dynamodbv2/local/"))
                .noneMatch(name -> name.startsWith("com/almworks/sqlite4java/"))
                .noneMatch(name -> name.startsWith("org/eclipse/jetty/"))
                .noneMatch(name -> name.startsWith("software/amazon/awssdk/http/apache"))
                .noneMatch(name -> name.startsWith("software/amazon/awssdk/http/nio/netty/"))
                .noneMatch(name -> name.startsWith("com/amazonaws/services/dynamodbv2/model/"));
        assertThat(versions).doesNotContainKeys("com.amazonaws:DynamoDBLocal", "org.apache.logging.log4j:log4j-slf4j-impl",
                "org.slf4j:slf4j-simple", "com.amazon.alexa:ask-sdk-servlet-support");
    }

    @Test
    void jar_shouldHoldTheHandlerAndItsOwnSlf4jProvider_andNoLog4j() throws IOException {
        assertThat(entries).contains("com/morningbackcoach/app/MorningBackCoachStreamHandler.class",
                        "com/morningbackcoach/logging/lambda/LambdaSlf4jProvider.class")
                .doesNotContain("log4j2.xml", "log4j2-test.xml")
                .noneMatch(name -> name.startsWith("org/apache/logging/"))
                .noneMatch(name -> name.startsWith("com/amazonaws/services/lambda/runtime/log4j2/"))
                .noneMatch(name -> name.startsWith("com/amazonaws/services/lambda/runtime/api/client/"));
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            String providers = new String(jar.getInputStream(jar.getEntry(
                    "META-INF/services/org.slf4j.spi.SLF4JServiceProvider")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(providers.strip()).as("the one SLF4J provider")
                    .isEqualTo("com.morningbackcoach.logging.lambda.LambdaSlf4jProvider");
        }
    }

    /** Whether a version such as {@code 2.18.1} or {@code 2.23} is at least {@code major.minor}. */
    static boolean atLeast(String version, int major, int minor) {
        String[] parts = version.split("[.-]");
        int actualMajor = Integer.parseInt(parts[0]);
        int actualMinor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        return actualMajor > major || actualMajor == major && actualMinor >= minor;
    }
}
