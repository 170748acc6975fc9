package com.morningbackcoach.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads a CloudFormation/SAM template, turning short-form intrinsics ({@code !Ref}, {@code !Sub}, ...) into their
 * long form ({@code {"Ref": ...}}, {@code {"Fn::Sub": ...}}).
 */
final class CloudFormationYaml {

    private CloudFormationYaml() {
    }

    static JsonNode read(Path template) throws IOException {
        Yaml yaml = new Yaml(new IntrinsicConstructor());
        try (Reader reader = Files.newBufferedReader(template)) {
            Object document = yaml.load(reader);
            return new ObjectMapper().valueToTree(document);
        }
    }

    private static final class IntrinsicConstructor extends SafeConstructor {

        IntrinsicConstructor() {
            super(new LoaderOptions());
            yamlMultiConstructors.put("!", new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    String suffix = node.getTag().getValue().substring(1);
                    String name = suffix.equals("Ref") ? "Ref" : "Fn::" + suffix;
                    Object value;
                    if (node instanceof ScalarNode scalar) {
                        value = constructScalar(scalar);
                    } else if (node instanceof SequenceNode sequence) {
                        value = constructSequence(sequence);
                    } else {
                        value = constructMapping((MappingNode) node);
                    }
                    return Map.of(name, value);
                }
            });
        }
    }
}
