package com.morningbackcoach.local;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interaction models derived from another locale's (see {@link ModelOverlays}) are what their overlay and base
 * give now. When this fails, regenerate them: {@code mvn -q compile exec:java -Dexec.args=derive-models}.
 */
class DerivedModelsTest {

    @Test
    void everyDerivedModel_shouldBeUpToDateWithItsBaseAndOverlay() throws IOException {
        Map<String, String> derived = ModelOverlays.derived();

        assertThat(derived.keySet()).containsExactlyInAnyOrder("en-GB", "en-CA", "en-AU", "en-IN", "es-ES", "es-MX");
        for (Map.Entry<String, String> model : derived.entrySet()) {
            assertThat(Files.readString(InteractionModel.path(model.getKey()), StandardCharsets.UTF_8))
                    .as("%s is out of date: run mvn -q compile exec:java -Dexec.args=derive-models", model.getKey())
                    .isEqualTo(model.getValue());
        }
    }

    @Test
    void anOverlay_shouldRefuseToRemoveWhatItsBaseDoesNotHave() {
        var overlay = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        overlay.put("base", "en-US");
        overlay.putObject("samples").putObject("StartRoutineIntent").putArray("remove").add("no such sample");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ModelOverlays.derive(overlay))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no such sample");
    }
}
