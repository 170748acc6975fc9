package com.morningbackcoach.safety;

import com.fasterxml.jackson.databind.JsonNode;
import com.morningbackcoach.testing.ModelFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The words of each pain sign, in both languages: symptoms in a person's own words, the most urgent first. */
class SymptomWordsTest {

    private static final SymptomWords ENGLISH = SymptomWords.forLocale(Locale.US);
    private static final SymptomWords SPANISH = SymptomWords.forLocale(Locale.forLanguageTag("es-US"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            my upper back cracks and my arm is tingling | TINGLING
            I came off a ladder yesterday and now it hurts to move | AFTER_FALL
            my lower back is kind of sore, should I keep going | PAIN
            my leg just gave way when I stood up | SUDDEN_WEAKNESS
            I can't lift my foot properly | SUDDEN_WEAKNESS
            my inner thighs feel numb | GROIN_NUMB
            I've had trouble with my bladder since this morning | BLADDER_BOWEL
            my leg is numb | NUMB
            there's a sharp twinge in my back | SHARP
            it's a bit achy | PAIN
            pins and needles down my leg | SHOOTING
            my back locks up when I bend | LOCKING
            it's swollen and warm | SWELLING
            it doesn't hurt but my foot is numb | NUMB
            """)
    void english_shouldFindTheSign(String said, PainSign sign) {
        assertThat(ENGLISH.signIn(said)).as(said).contains(sign);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            me truena la espalda y me hormiguea el brazo | TINGLING
            me caí de la escalera ayer y ahora me duele al moverme | AFTER_FALL
            me duele un poco la espalda baja, ¿sigo? | PAIN
            se me dobló la pierna al pararme | SUDDEN_WEAKNESS
            no puedo levantar el pie | SUDDEN_WEAKNESS
            siento la entrepierna dormida | GROIN_NUMB
            no controlo la vejiga | BLADDER_BOWEL
            se me duerme la pierna | NUMB
            siento una punzada | SHARP
            la espalda se me trabó | LOCKING
            está hinchado | SWELLING
            no me duele pero tengo la pierna entumida | NUMB
            """)
    void spanish_shouldFindTheSign(String said, PainSign sign) {
        assertThat(SPANISH.signIn(said)).as(said).contains(sign);
    }

    @ParameterizedTest
    @ValueSource(strings = {"why does my back crack", "cracking without pain", "it doesn't hurt at all",
            "I fell asleep on the couch", "what are the warning signs", "time me for two minutes", "next",
            "is it bad to crack my back every day", "the hamstring stretch", "no pain at all"})
    void english_shouldFindNothingWhereNoSymptomIsSaid(String said) {
        assertThat(ENGLISH.signIn(said)).as(said).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"por qué me truena la espalda", "no me duele", "me quedé dormido en el sillón",
            "cuáles son las señales de alerta", "el estiramiento de pierna", "trabajo en la computadora",
            "siguiente", "sin dolor"})
    void spanish_shouldFindNothingWhereNoSymptomIsSaid(String said) {
        assertThat(SPANISH.signIn(said)).as(said).isEmpty();
    }

    @Test
    void anAmbiguousMatch_shouldResolveToTheMoreUrgentSign() {
        assertThat(ENGLISH.signIn("I fell and now my leg is numb")).contains(PainSign.AFTER_FALL);
        assertThat(ENGLISH.signIn("my leg gave way and I fell")).contains(PainSign.SUDDEN_WEAKNESS);
        assertThat(ENGLISH.signIn("it hurts and tingles")).contains(PainSign.TINGLING);
        assertThat(SPANISH.signIn("me duele y tengo hormigueo")).contains(PainSign.TINGLING);
        assertThat(SPANISH.signIn("me caí y se me duerme la pierna")).contains(PainSign.AFTER_FALL);
        assertThat(SymptomWords.moreUrgent(PainSign.PAIN, PainSign.NUMB)).isEqualTo(PainSign.NUMB);
        assertThat(SymptomWords.moreUrgent(PainSign.BLADDER_BOWEL, PainSign.SWELLING))
                .isEqualTo(PainSign.BLADDER_BOWEL);
    }

    /** Whatever the model hears as a pain sign, the words find a sign at least as urgent, in every locale. */
    @Test
    void everyPainSignSynonymOfTheModels_shouldBeFound_atLeastAsUrgent() {
        List<String> missed = new ArrayList<>();
        for (String locale : List.of("en-US", "en-GB", "en-CA", "en-AU", "en-IN", "es-US", "es-ES", "es-MX")) {
            SymptomWords words = SymptomWords.forLocale(Locale.forLanguageTag(locale));
            for (JsonNode type : ModelFile.languageModel(locale).path("types")) {
                if (!type.path("name").asText().equals("PAIN_SIGN")) {
                    continue;
                }
                for (JsonNode value : type.path("values")) {
                    PainSign sign = PainSign.valueOf(value.path("id").asText());
                    List<String> names = new ArrayList<>();
                    names.add(value.path("name").path("value").asText());
                    value.path("name").path("synonyms").forEach(synonym -> names.add(synonym.asText()));
                    for (String name : names) {
                        Optional<PainSign> found = words.signIn(name);
                        if (found.isEmpty() || found.get().urgency().compareTo(sign.urgency()) > 0) {
                            missed.add(locale + " " + sign + ": \"" + name + "\" -> " + found.orElse(null));
                        }
                    }
                }
            }
        }
        assertThat(missed).isEmpty();
    }
}
