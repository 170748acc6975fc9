package com.morningbackcoach.deploy;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.morningbackcoach.user.dynamodb.ProfileItem;
import com.morningbackcoach.user.dynamodb.UserTable;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateTest {

    private static final Path TEMPLATE = Path.of("template.yaml");
    private static final Set<String> ACTIONS_THE_STORE_USES = Set.of("dynamodb:GetItem", "dynamodb:PutItem",
            "dynamodb:DeleteItem", "dynamodb:Query", "dynamodb:BatchWriteItem");

    private final JsonNode template = read();
    private final JsonNode function = template.path("Resources").path("SkillFunction").path("Properties");
    private final JsonNode table = template.path("Resources").path("UsersTable");

    private static JsonNode read() {
        try {
            return CloudFormationYaml.read(TEMPLATE);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void template_shouldMatchThePublishedSamAndCloudFormationSchemas() throws IOException {
        assertThat(TemplateSchemaCheck.problems(template)).isEmpty();
    }

    @Test
    void schemaCheck_shouldCatchAPropertyTheSchemasDoNotKnow() throws IOException {
        for (String resource : List.of("UsersTable", "SkillFunction")) {
            JsonNode broken = template.deepCopy();
            ((ObjectNode) broken.path("Resources").path(resource).path("Properties")).put("Colour", "blue");

            assertThat(TemplateSchemaCheck.problems(broken)).as(resource).anySatisfy(problem ->
                    assertThat(problem).startsWith(resource).contains("Colour"));
        }
    }

    @Test
    void handler_shouldBeARequestStreamHandlerClass() throws Exception {
        String handler = function.path("Handler").asText();
        Class<?> type = Class.forName(handler.substring(0, handler.indexOf("::")));

        assertThat(RequestStreamHandler.class).isAssignableFrom(type);
        assertThat(handler).endsWith("::handleRequest");
        assertThat(function.path("Runtime").asText()).isEqualTo("java21");
        assertThat(function.path("Timeout").asInt()).isBetween(1, 7);
        assertThat(function.path("SnapStart").path("ApplyOn").asText()).isEqualTo("PublishedVersions");
        assertThat(function.path("AutoPublishAlias").asText()).isNotBlank();
    }

    @Test
    void everyFunctionChange_shouldPublishAVersionAndMoveTheAlias() {
        assertThat(function.path("AutoPublishAliasAllProperties").isBoolean()).isTrue();
        assertThat(function.path("AutoPublishAliasAllProperties").asBoolean()).isTrue();
        assertThat(function.path("Architectures").get(0).path("Ref").asText()).isEqualTo("Architecture");
        assertThat(template.path("Parameters").path("Architecture").path("AllowedValues"))
                .extracting(JsonNode::asText).containsExactly("x86_64", "arm64");
    }

    @Test
    void codeUri_shouldBeTheShadedJarMavenBuilds_deployedWithoutSamBuild() throws IOException {
        String finalName = Files.readString(Path.of("pom.xml"))
                .replaceAll("(?s).*<finalName>([^<]+)</finalName>.*", "$1");

        assertThat(function.path("CodeUri").asText()).isEqualTo("target/" + finalName + ".jar");
        assertThat(template.path("Resources").path("SkillFunction").path("Metadata").path("BuildMethod").isMissingNode())
                .as("no SAM build method: sam deploy uploads the jar as it is").isTrue();
    }

    @Test
    void environmentVariables_shouldBeTheOnesTheCodeReads() throws IOException {
        Set<String> inTemplate = new TreeSet<>();
        function.path("Environment").path("Variables").fieldNames().forEachRemaining(inTemplate::add);

        Set<String> readByCode = new TreeSet<>(variablesReadUnder(Path.of("src/main/java")));
        readByCode.removeAll(Set.of("AWS_REGION", "AWS_LAMBDA_INITIALIZATION_TYPE", "DYNAMODB_ENDPOINT"));

        assertThat(inTemplate).isEqualTo(readByCode).containsExactlyInAnyOrder("TABLE_NAME", "SKILL_ID");
    }

    @Test
    void tableKey_shouldMatchTheStoresSchema() {
        JsonNode keys = table.path("Properties").path("KeySchema");
        Map<String, String> keyTypes = Map.of(keys.get(0).path("AttributeName").asText(), keys.get(0).path("KeyType").asText(),
                keys.get(1).path("AttributeName").asText(), keys.get(1).path("KeyType").asText());

        assertThat(keyTypes).containsEntry(ProfileItem.SCHEMA.tableMetadata().primaryPartitionKey(), "HASH")
                .containsEntry(ProfileItem.SCHEMA.tableMetadata().primarySortKey().orElseThrow(), "RANGE");
        table.path("Properties").path("AttributeDefinitions")
                .forEach(definition -> assertThat(definition.path("AttributeType").asText()).isEqualTo("S"));
        assertThat(table.path("Properties").path("TimeToLiveSpecification").path("AttributeName").asText())
                .isEqualTo(UserTable.EXPIRES_AT);
    }

    @Test
    void table_shouldBeRetainedEncryptedAndRecoverable() {
        assertThat(table.path("DeletionPolicy").asText()).isEqualTo("Retain");
        assertThat(table.path("UpdateReplacePolicy").asText()).isEqualTo("Retain");
        assertThat(table.path("Properties").path("BillingMode").asText()).isEqualTo("PAY_PER_REQUEST");
        assertThat(table.path("Properties").path("SSESpecification").path("SSEEnabled").asBoolean()).isTrue();
        assertThat(table.path("Properties").path("PointInTimeRecoverySpecification")
                .path("PointInTimeRecoveryEnabled").asBoolean()).isTrue();
    }

    @Test
    void policy_shouldAllowOnlyTheActionsTheStoreUses_onThisTableOnly() {
        JsonNode statements = function.path("Policies").get(0).path("Statement");
        Set<String> actions = new HashSet<>();
        statements.forEach(statement -> {
            statement.path("Action").forEach(action -> actions.add(action.asText()));
            assertThat(statement.path("Resource").path("Fn::GetAtt").asText()).isEqualTo("UsersTable.Arn");
        });

        assertThat(actions).isEqualTo(ACTIONS_THE_STORE_USES);
    }

    @Test
    void alexaEvent_shouldBeRestrictedToTheSkillId_andLogsShouldBeJsonWithRetention() {
        JsonNode alexa = function.path("Events").path("Alexa");
        assertThat(alexa.path("Type").asText()).isEqualTo("AlexaSkill");
        assertThat(alexa.path("Properties").path("SkillId").path("Ref").asText()).isEqualTo("SkillId");
        assertThat(function.path("LoggingConfig").path("LogFormat").asText()).isEqualTo("JSON");
        assertThat(template.path("Resources").path("SkillFunctionLogGroup").path("Properties")
                .path("RetentionInDays").isMissingNode()).isFalse();
        assertThat(template.path("Outputs").path("SkillEndpointArn").path("Value").path("Ref").asText())
                .isEqualTo("SkillFunction.Alias");
    }

    private static List<String> variablesReadUnder(Path root) throws IOException {
        Pattern read = Pattern.compile("(?:getenv|env\\.get)\\(\"([A-Z_]+)\"\\)");
        List<String> names = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = read.matcher(Files.readString(file));
                while (matcher.find()) {
                    names.add(matcher.group(1));
                }
            }
        }
        return names;
    }
}
