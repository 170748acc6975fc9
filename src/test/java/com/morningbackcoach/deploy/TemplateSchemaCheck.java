package com.morningbackcoach.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks each resource of a SAM template against the published schemas in test resources: {@code AWS::Serverless::*}
 * against the SAM schema, the rest against their CloudFormation provider schema. Intrinsics stand in for any value.
 */
final class TemplateSchemaCheck {

    static final String INTRINSIC = "__intrinsic__";
    private static final ObjectMapper JSON = new ObjectMapper();

    private TemplateSchemaCheck() {
    }

    static List<String> problems(JsonNode template) throws IOException {
        List<String> problems = new ArrayList<>();
        if (!"AWS::Serverless-2016-10-31".equals(template.path("Transform").asText())) {
            problems.add("Transform is not AWS::Serverless-2016-10-31");
        }
        JsonNode sam = schema("sam.schema.json");
        for (Iterator<Map.Entry<String, JsonNode>> it = template.path("Resources").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> resource = it.next();
            String type = resource.getValue().path("Type").asText();
            JsonNode body = blankIntrinsics(resource.getValue());
            JsonSchema schema;
            JsonNode instance;
            if (type.startsWith("AWS::Serverless::")) {
                String key = "samtranslator__internal__schema_source__aws_serverless_"
                        + type.split("::")[2].toLowerCase() + "__Resource";
                ObjectNode root = JSON.createObjectNode();
                root.put("$ref", "#/definitions/" + key);
                root.set("definitions", sam.get("definitions"));
                schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(root);
                instance = body;
            } else {
                String file = type.toLowerCase().replace("::", "-") + ".json";
                if (TemplateSchemaCheck.class.getResource("/schemas/" + file) == null) {
                    problems.add(resource.getKey() + ": no schema for " + type);
                    continue;
                }
                ObjectNode provider = (ObjectNode) schema(file);
                provider.remove("$schema");
                schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(provider);
                instance = body.path("Properties");
            }
            for (ValidationMessage message : schema.validate(instance)) {
                if (!isIntrinsic(instance, message.getPath())) {
                    problems.add(resource.getKey() + " (" + type + "): " + message.getMessage());
                }
            }
        }
        return problems;
    }

    private static boolean isIntrinsic(JsonNode instance, String path) {
        JsonNode node = instance;
        for (String part : path.replaceFirst("^\\$\\.?", "").split("\\.|\\[|\\]")) {
            if (part.isEmpty()) {
                continue;
            }
            node = part.chars().allMatch(Character::isDigit) && node.isArray() ? node.path(Integer.parseInt(part)) : node.path(part);
        }
        return INTRINSIC.equals(node.asText(null));
    }

    private static JsonNode blankIntrinsics(JsonNode node) {
        if (node.isObject() && node.size() == 1) {
            String key = node.fieldNames().next();
            if (key.equals("Ref") || key.startsWith("Fn::")) {
                return TextNode.valueOf(INTRINSIC);
            }
        }
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            node.fields().forEachRemaining(field -> copy.set(field.getKey(), blankIntrinsics(field.getValue())));
            return copy;
        }
        if (node.isArray()) {
            var copy = JSON.createArrayNode();
            node.forEach(item -> copy.add(blankIntrinsics(item)));
            return copy;
        }
        return node;
    }

    private static JsonNode schema(String file) throws IOException {
        try (InputStream in = TemplateSchemaCheck.class.getResourceAsStream("/schemas/" + file)) {
            return JSON.readTree(in);
        }
    }
}
