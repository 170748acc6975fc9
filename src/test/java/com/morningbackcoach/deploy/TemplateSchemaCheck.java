package com.morningbackcoach.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks each resource of a SAM template against the published schemas in test resources: {@code AWS::Serverless::*}
 * against the SAM schema, the rest against their CloudFormation provider schema. Intrinsics stand in for any value.
 * Schemas and instances go to the validator as JSON text, so its own Jackson major version stays inside it.
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
        for (Map.Entry<String, JsonNode> resource : template.path("Resources").properties()) {
            String type = resource.getValue().path("Type").asText();
            JsonNode body = blankIntrinsics(resource.getValue());
            Schema schema;
            JsonNode instance;
            if (type.startsWith("AWS::Serverless::")) {
                String key = "samtranslator__internal__schema_source__aws_serverless_"
                        + type.split("::")[2].toLowerCase() + "__Resource";
                ObjectNode root = JSON.createObjectNode();
                root.put("$ref", "#/definitions/" + key);
                root.set("definitions", sam.get("definitions"));
                schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                        .getSchema(JSON.writeValueAsString(root), InputFormat.JSON);
                instance = body;
            } else {
                String file = type.toLowerCase().replace("::", "-") + ".json";
                if (TemplateSchemaCheck.class.getResource("/schemas/" + file) == null) {
                    problems.add(resource.getKey() + ": no schema for " + type);
                    continue;
                }
                ObjectNode provider = (ObjectNode) schema(file);
                provider.remove("$schema");
                schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                        .getSchema(JSON.writeValueAsString(provider), InputFormat.JSON);
                instance = body.path("Properties");
            }
            for (Error error : schema.validate(JSON.writeValueAsString(instance), InputFormat.JSON)) {
                if (!isIntrinsic(instance, error.getInstanceLocation())) {
                    problems.add(resource.getKey() + " (" + type + "): " + error.getInstanceLocation() + ": "
                            + error.getMessage());
                }
            }
        }
        return problems;
    }

    private static boolean isIntrinsic(JsonNode instance, NodePath path) {
        JsonNode node = instance;
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            node = element instanceof Integer index ? node.path(index) : node.path(String.valueOf(element));
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
            node.properties().forEach(field -> copy.set(field.getKey(), blankIntrinsics(field.getValue())));
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
