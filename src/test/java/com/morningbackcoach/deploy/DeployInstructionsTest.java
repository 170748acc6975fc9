package com.morningbackcoach.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** README.md's Deploy and Cleanup steps, held to the template, the manifest's placeholders and the ASK CLI files. */
class DeployInstructionsTest {

    static final String ENDPOINT_PLACEHOLDER = "arn:aws:lambda:REGION:ACCOUNT_ID:function:STACK_NAME-skill:live";

    private final String readme = Files.readString(Path.of("README.md"));
    private final String deploy = readme.substring(readme.indexOf("## Deploy"), readme.indexOf("## Architecture"));
    private final JsonNode template = CloudFormationYaml.read(Path.of("template.yaml"));

    DeployInstructionsTest() throws IOException {
    }

    @Test
    void samDeploy_shouldUploadThePrebuiltJar_withEveryRequiredParameter() {
        List<String> commands = commandLines();

        assertThat(commands).anySatisfy(line -> assertThat(line).startsWith("mvn -B verify"))
                .anySatisfy(line -> assertThat(line).startsWith("sam deploy --template-file template.yaml ")
                        .contains("--resolve-s3", "--capabilities CAPABILITY_IAM"))
                .noneSatisfy(line -> assertThat(line).startsWith("sam build"));
        template.path("Parameters").properties().forEach(parameter -> {
            assertThat(deploy).as("README names parameter " + parameter.getKey()).contains(parameter.getKey());
            if (parameter.getValue().path("Default").isMissingNode()) {
                assertThat(deploy).contains("--parameter-overrides " + parameter.getKey() + "=");
            }
        });
    }

    @Test
    void outputsAndPlaceholders_shouldBeTheOnesTheTemplateAndTheManifestUse() throws IOException {
        String manifest = Files.readString(SkillPackageTest.MANIFEST);

        template.path("Outputs").fieldNames().forEachRemaining(output -> assertThat(deploy).contains("OutputKey=='" + output + "'"));
        assertThat(deploy).contains("s#" + ENDPOINT_PLACEHOLDER + "#", "s#" + PublishingTest.HOSTING_PLACEHOLDER + "#");
        if (manifest.contains("REGION:ACCOUNT_ID")) {
            assertThat(manifest).contains(ENDPOINT_PLACEHOLDER);
        }
    }

    @Test
    void askCli_shouldBeThePinnedOne_andTheSkillShouldStartFromTheEndpointlessManifest() {
        assertThat(deploy).contains("(cd tools/ask-cli && npm ci)", "file:" + SkillPackageTest.NEW_SKILL,
                "\"askcliStatesVersion\":\"2020-03-31\"", "ask deploy");
        assertThat(Path.of("tools/ask-cli/package-lock.json")).isRegularFile();
    }

    @Test
    void cleanup_shouldRemoveTheStackTheDeployMade_andTheRetainedTable() {
        String stack = deploy.replaceAll("(?s).*sam deploy [^\\n]*--stack-name (\\S+).*", "$1");

        assertThat(commandLines()).anySatisfy(line -> assertThat(line).startsWith("sam delete --stack-name " + stack + " "))
                .anySatisfy(line -> assertThat(line).startsWith("aws dynamodb delete-table --table-name \"$TABLE\""))
                .anySatisfy(line -> assertThat(line).startsWith("ask smapi delete-skill --skill-id \"$SKILL_ID\""));
        assertThat(template.path("Resources").path("UsersTable").path("DeletionPolicy").asText()).isEqualTo("Retain");
    }

    /** The section's lines, stripped, with shell continuation lines joined. */
    private List<String> commandLines() {
        return Arrays.stream(deploy.replaceAll("\\\\\n\\s*", "").split("\n")).map(String::strip).toList();
    }
}
