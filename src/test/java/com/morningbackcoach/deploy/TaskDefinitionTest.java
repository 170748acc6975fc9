package com.morningbackcoach.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.morningbackcoach.routine.handler.RoutineTaskHandler;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The skill's tasks for Alexa routines: each task {@code skill.json} declares has its definition in
 * {@code skill-package/tasks/<Name>.<version>.json}, a valid OpenAPI 3.0 document with the restrictions Alexa puts on
 * task definitions, public, with a title and a description in every locale the skill is published in and no other;
 * and the skill handles it.
 */
class TaskDefinitionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path TASKS = Path.of("skill-package/tasks");

    @Test
    void everyDeclaredTask_shouldHaveItsDefinition_andNoOtherDefinitionShouldExist() throws IOException {
        assertThat(definitionFiles()).isEqualTo(declaredTaskFiles()).isNotEmpty();
    }

    @Test
    void theRoutineTask_shouldBeTheOneTheSkillHandles() throws IOException {
        assertThat(declaredTaskFiles()).contains(RoutineTaskHandler.TASK + "." + RoutineTaskHandler.VERSION + ".json");
    }

    @Test
    void everyDefinition_shouldBeValidOpenApi30() throws IOException {
        for (String file : definitionFiles()) {
            assertThat(openApiProblems(JSON.readTree(TASKS.resolve(file).toFile()))).as(file).isEmpty();
        }
    }

    @Test
    void openApiCheck_shouldCatchADocumentThatIsNotOpenApi30() throws IOException {
        ObjectNode broken = (ObjectNode) JSON.readTree(TASKS.resolve(declaredTaskFiles().first()).toFile());
        broken.put("openapi", "2.0");
        broken.remove("info");

        assertThat(openApiProblems(broken)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void everyDefinition_shouldKeepAlexasRulesForTasks() throws IOException {
        JsonNode locales = JSON.readTree(Path.of("skill-package/skill.json").toFile())
                .path("manifest").path("publishingInformation").path("locales");
        for (String file : definitionFiles()) {
            JsonNode task = JSON.readTree(TASKS.resolve(file).toFile());
            String name = file.substring(0, file.indexOf('.'));

            assertThat(names(task.path("paths"))).as(file + ": one path, the task's name").containsExactly("/" + name);
            JsonNode path = task.path("paths").path("/" + name);
            assertThat(names(path)).as(file + ": POST is the only method").doesNotContain("get", "put", "delete",
                    "patch", "head", "options", "trace").contains("post");
            assertThat(names(path.path("post").path("requestBody").path("content"))).as(file)
                    .containsExactly("application/json");
            path.path("post").path("responses").forEach(response -> assertThat(names(response.path("content")))
                    .as(file + ": response content").isSubsetOf(Set.of("application/json")));
            assertThat(task.path("info").path("x-amzn-alexa-access-scope").asText()).as(file).isEqualTo("public");
            assertThat(task.toString()).as(file + ": only inline references").doesNotContain("\"$ref\":\"http");
            locales.fieldNames().forEachRemaining(locale -> {
                JsonNode shown = task.path("info").path("x-amzn-display-details").path(locale);
                assertThat(shown.path("title").asText()).as(file + ": title in " + locale).isNotBlank();
                assertThat(shown.path("description").asText()).as(file + ": description in " + locale).isNotBlank();
            });
            assertThat(names(task.path("info").path("x-amzn-display-details"))).as(file + ": only published locales")
                    .containsExactlyInAnyOrderElementsOf(names(locales));
        }
    }

    private static List<String> openApiProblems(JsonNode document) throws IOException {
        Schema schema;
        try (InputStream in = TaskDefinitionTest.class.getResourceAsStream("/schemas/openapi-3.0.schema.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                    .getSchema(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), InputFormat.JSON);
        }
        List<String> problems = new ArrayList<>();
        for (Error error : schema.validate(JSON.writeValueAsString(document), InputFormat.JSON)) {
            problems.add(error.toString());
        }
        return problems;
    }

    private static TreeSet<String> declaredTaskFiles() throws IOException {
        TreeSet<String> files = new TreeSet<>();
        JSON.readTree(Path.of("skill-package/skill.json").toFile()).path("manifest").path("apis").path("custom")
                .path("tasks").forEach(task -> files.add(task.path("name").asText() + "."
                        + task.path("version").asText() + ".json"));
        return files;
    }

    private static TreeSet<String> definitionFiles() throws IOException {
        try (Stream<Path> files = Files.list(TASKS)) {
            return files.map(file -> file.getFileName().toString()).collect(java.util.stream.Collectors
                    .toCollection(TreeSet::new));
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
