package com.morningbackcoach.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packages read top-down: the wiring above the menu and account, those above the features, the features above
 * the conversation base, the base above storage and the Alexa APIs, and those above the plain domain. A package
 * imports only its own layer or lower ones, never in a cycle.
 */
class LayeringTest {

    private static final String ROOT = "com.morningbackcoach.";
    private static final Path MAIN = Path.of("src/main/java/com/morningbackcoach");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)\\.[\\w*]+;", Pattern.MULTILINE);

    /** Each package's layer; higher may import lower. */
    private static final Map<String, Integer> LAYERS = Map.ofEntries(
            Map.entry("app", 6),
            Map.entry("home", 5), Map.entry("account", 5),
            Map.entry("routine.handler", 4), Map.entry("selfcheck.handler", 4), Map.entry("faq.handler", 4),
            Map.entry("streak.handler", 4), Map.entry("safety.handler", 4), Map.entry("alerts.handler", 4),
            Map.entry("conversation", 3),
            Map.entry("user", 2), Map.entry("user.dynamodb", 2), Map.entry("alexa", 2),
            Map.entry("routine", 1), Map.entry("selfcheck", 1), Map.entry("faq", 1), Map.entry("streak", 1),
            Map.entry("timezone", 1), Map.entry("safety", 1), Map.entry("alerts", 1),
            Map.entry("speech", 0), Map.entry("audio", 0), Map.entry("logging", 0), Map.entry("logging.lambda", 0));
    private static final Set<String> DOMAIN = Set.of("routine", "selfcheck", "faq", "streak", "timezone", "safety",
            "alerts", "speech", "audio", "logging", "user");

    private final Map<String, Set<String>> imports = scan();

    @Test
    void everyPackage_shouldHaveALayer_andAPackageInfo() {
        assertThat(LAYERS.keySet()).containsAll(imports.keySet());
        imports.keySet().forEach(pkg -> assertThat(MAIN.resolve(pkg.replace('.', '/')).resolve("package-info.java"))
                .as(pkg).exists());
    }

    @Test
    void noPackage_shouldImportAHigherLayer() {
        List<String> upward = new ArrayList<>();
        imports.forEach((pkg, used) -> used.stream().filter(LAYERS::containsKey)
                .filter(other -> LAYERS.get(other) > LAYERS.get(pkg))
                .forEach(other -> upward.add(pkg + " -> " + other)));
        assertThat(upward).isEmpty();
    }

    @Test
    void packages_shouldImportEachOtherWithoutCycles() {
        List<String> cycles = new ArrayList<>();
        for (String start : imports.keySet()) {
            if (reaches(start, start, new HashSet<>())) {
                cycles.add(start);
            }
        }
        assertThat(cycles).isEmpty();
    }

    @Test
    void domainAndStorage_shouldNotImportAlexaOrAws_andOnlyTheDynamoDbStoreShouldImportAws() {
        Map<String, Set<String>> external = scanExternal();
        external.forEach((pkg, used) -> {
            if (DOMAIN.contains(pkg)) {
                assertThat(used).as(pkg).noneMatch(name -> name.startsWith("com.amazon") || name.startsWith("software.amazon"));
            }
            if (!pkg.equals("user.dynamodb")) {
                assertThat(used).as(pkg).noneMatch(name -> name.startsWith("software.amazon"));
            }
        });
    }

    @Test
    void mainCode_shouldNeverImportTheLocalRunner() {
        imports.forEach((pkg, used) -> assertThat(used).as(pkg).doesNotContain("local"));
    }

    private boolean reaches(String from, String target, Set<String> seen) {
        for (String next : imports.getOrDefault(from, Set.of())) {
            if (next.equals(target)) {
                return true;
            }
            if (seen.add(next) && reaches(next, target, seen)) {
                return true;
            }
        }
        return false;
    }

    /** Package of the skill -> packages of the skill it imports, other than itself. */
    private static Map<String, Set<String>> scan() {
        Map<String, Set<String>> result = new TreeMap<>();
        forEachSource((pkg, source) -> {
            Set<String> used = result.computeIfAbsent(pkg, k -> new TreeSet<>());
            Matcher matcher = IMPORT.matcher(source);
            while (matcher.find()) {
                String imported = matcher.group(1);
                if (imported.startsWith(ROOT)) {
                    String other = owningPackage(imported.substring(ROOT.length()));
                    if (!other.equals(pkg)) {
                        used.add(other);
                    }
                }
            }
        });
        return result;
    }

    private static Map<String, Set<String>> scanExternal() {
        Map<String, Set<String>> result = new HashMap<>();
        forEachSource((pkg, source) -> {
            Matcher matcher = IMPORT.matcher(source);
            while (matcher.find()) {
                result.computeIfAbsent(pkg, k -> new TreeSet<>()).add(matcher.group(1));
            }
        });
        return result;
    }

    /** The package a class reference belongs to: its longest prefix made of lowercase segments. */
    private static String owningPackage(String reference) {
        List<String> segments = new ArrayList<>();
        for (String segment : reference.split("\\.")) {
            if (Character.isUpperCase(segment.charAt(0))) {
                break;
            }
            segments.add(segment);
        }
        return String.join(".", segments);
    }

    private interface SourceVisitor {
        void visit(String pkg, String source);
    }

    private static void forEachSource(SourceVisitor visitor) {
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = MAIN.relativize(file.getParent()).toString().replace('/', '.');
                visitor.visit(pkg, Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
