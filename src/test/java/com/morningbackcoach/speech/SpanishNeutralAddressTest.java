package com.morningbackcoach.speech;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spanish addresses the user without assuming gender: no participle or adjective that agrees with the person spoken
 * to ("quédate acostado", "cuando estés listo", "siéntate derecho", "¿seguro?"), in any Spanish text the skill says:
 * the routine, the messages and the answers. Rephrased, never written in both forms.
 */
class SpanishNeutralAddressTest {

    /** Words that agree with the user, alone or after the verb that makes them about the user. */
    static final List<Pattern> GENDERED = Stream.of(
            "(?<!\\b(he|ha|has|han|hemos|había) )\\b(acostad|sentad|tumbad|parad|cansad|preparad|relajad|dispuest|"
                    + "atent)[oa]\\b",
            "\\b(dormir|duermes|duerme|estar|estés|quedarte)( muy)? (torcid|encogid)[oa]\\b",
            "(^|\\b(sé|seas|eres) )bienvenid[oa]\\b",
            "\\b(estar|estés|estás|esté|quedar|quédate|quedarte|quedes)( muy| tan| bien)? (list|segur|quiet|activ|"
                    + "solit|list)[oa]\\b",
            "¿segur[oa]\\b",
            "\\b(mantenerte|te mantienes|mantente|mantenerse) (físicamente )?activ[oa]\\b",
            "\\b(sentirte|te sientes|sientes) (más )?suelt[oa]\\b",
            "\\b(párate|siéntate|ponte|quédate|mantente|sentad[oa]|de pie)( bien)? (derech|rect|erguid)[oa]\\b",
            "\\b(podemos|hagamos|vamos|haremos)\\b[^.?!]{0,40}\\bjunt[oa]s\\b")
            .map(regex -> Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();

    static List<String> gendered(String text) {
        List<String> found = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (Pattern pattern : GENDERED) {
            Matcher matcher = pattern.matcher(lower);
            while (matcher.find()) {
                found.add(matcher.group());
            }
        }
        return found;
    }

    @Test
    void gendered_shouldCatchTheOldWordings_andLeaveNeutralOnesAlone() {
        assertThat(gendered("Quédate acostado boca arriba, y no te sientes todavía.")).containsExactly("acostado");
        assertThat(gendered("Di siguiente cuando estés listo.")).containsExactly("estés listo");
        assertThat(gendered("Quédate sentado un momento.")).containsExactly("sentado");
        assertThat(gendered("Párate derecho, y gira los hombros.")).containsExactly("párate derecho");
        assertThat(gendered("¿Te mantienes activo físicamente?")).containsExactly("te mantienes activo");
        assertThat(gendered("¿Seguro que quieres que borre tus datos?")).containsExactly("¿seguro");
        assertThat(gendered("pero igual podemos hacer la rutina juntos.")).hasSize(1);
        assertThat(gendered("Quédate en la cama boca arriba. Cuando termines, di siguiente. He parado la "
                + "autoevaluación. Tu espalda está lista. Con las rodillas juntas.")).isEmpty();
    }

    @Test
    void everySpanishText_shouldAddressTheUserWithoutAssumingGender() throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> all = Files.walk(Path.of("src/main/resources"))) {
            files = all.filter(path -> path.getFileName().toString().matches("\\w+_es(_[A-Z]{2})?\\.properties"))
                    .toList();
        }
        assertThat(files).extracting(path -> path.getFileName().toString())
                .contains("morning_es.properties", "messages_es.properties", "answers_es.properties");
        for (Path file : files) {
            Properties texts = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                texts.load(reader);
            }
            for (String key : texts.stringPropertyNames()) {
                gendered(texts.getProperty(key)).forEach(word -> found.add(file.getFileName() + " " + key + ": " + word));
            }
        }
        assertThat(found).isEmpty();
    }
}
