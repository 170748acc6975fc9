package com.morningbackcoach.audio;

import com.fasterxml.jackson.databind.JsonNode;
import com.morningbackcoach.speech.ContentBundles;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every routine part through the real handler: played as APL for Audio where the device declares it, with no words
 * said twice; the SSML alone, as before, where it does not. Each response passes Amazon's strict model.
 */
class RoutineAudioReplyTest {

    private static final String CHIME = Sounds.of(Sounds.Kind.CHIME).url();

    private static List<Reply> parts(SkillConversation talk) {
        talk.afterSafetyNote();
        talk.launch();
        List<Reply> parts = new ArrayList<>();
        Reply reply = talk.say("StartRoutineIntent");
        while (reply.question().equals("routine.next")) {
            parts.add(reply);
            reply = talk.say("AMAZON.NextIntent");
        }
        return parts;
    }

    private static SkillConversation talk(String locale) {
        return new SkillConversation(TestServices.inMemory(MutableClock.at("2026-11-24T07:00:00Z"))).inLocale(locale);
    }

    @Test
    void withAplForAudio_everyPart_playsTheDocument_andSaysNothingTwice() {
        for (String locale : List.of("en-US", "es-US")) {
            List<Reply> parts = parts(talk(locale).withAplForAudio());

            assertThat(parts).as(locale).hasSizeGreaterThan(10);
            for (Reply part : parts) {
                JsonNode directive = part.audioDirective();
                assertThat(directive.path("document").path("type").asText()).isEqualTo("APLA");
                assertThat(directive.path("document").path("mainTemplate").path("parameters").get(0).asText())
                        .isEqualTo("payload");
                assertThat(part.ssml()).as("no words said before the audio repeats them").isEmpty();
                assertThat(part.audioWords()).isNotBlank();
                assertThat(part.hasReprompt()).isTrue();
                assertThat(part.cardText()).isNotBlank();
            }
        }
    }

    @Test
    void inEveryLocale_theAudioSaysTheWordsTheSsmlWouldHaveSaid() {
        for (String locale : ContentBundles.LOCALES) {
            List<Reply> played = parts(talk(locale).withAplForAudio());
            List<Reply> spoken = parts(talk(locale));

            assertThat(played).as(locale).hasSameSizeAs(spoken);
            for (int i = 0; i < played.size(); i++) {
                assertThat(played.get(i).audioWords()).as("%s part %d", locale, i + 1)
                        .isEqualTo(words(spoken.get(i).ssml()));
            }
        }
    }

    private static String words(String ssml) {
        return ssml.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim();
    }

    @Test
    void withAplForAudio_aPartWithAHold_mixesTheHoldBetweenTwoChimes() {
        List<Reply> parts = parts(talk("en-US").withAplForAudio());
        Reply withHold = parts.stream().filter(part -> part.audioDirective().toString().contains("\"mix\""))
                .findFirst().orElseThrow();
        JsonNode clips = withHold.audioClips();
        int mix = -1;
        for (int i = 0; i < clips.size(); i++) {
            if (clips.get(i).path("kind").asText().equals("mix")) {
                mix = i;
                break;
            }
        }

        assertThat(clips.get(mix - 1).path("source").asText()).isEqualTo(CHIME);
        assertThat(clips.get(mix + 1).path("source").asText()).isEqualTo(CHIME);
        assertThat(clips.get(mix).path("lanes").get(0).path("clips").get(0).path("kind").asText())
                .isEqualTo("silence");
        assertThat(clips.get(mix).path("lanes").get(1).path("clips").get(0).path("bed").asBoolean()).isTrue();
    }

    @Test
    void noMusic_keepsTheChimes_quietMode_keepsOnlyTheWords_andBothAreRemembered() {
        SkillConversation talk = talk("en-US").withAplForAudio();
        talk.afterSafetyNote();
        talk.launch();
        Reply musicOff = talk.say("MusicOffIntent");
        talk.endSession();
        String noMusic = allAudio(talk);
        talk.launch();
        Reply quiet = talk.say("QuietModeIntent");
        talk.endSession();
        String quietAudio = allAudio(talk);
        talk.launch();
        talk.say("MusicOnIntent");
        talk.endSession();
        String full = allAudio(talk);

        assertThat(musicOff.speech()).contains("no music", "chimes stay");
        assertThat(quiet.speech()).contains("quiet mode");
        assertThat(noMusic).contains(CHIME).doesNotContain(Sounds.of(Sounds.Kind.BED).url());
        assertThat(quietAudio).doesNotContain("soundbank://").contains("\"mix\"");
        assertThat(full).contains(CHIME, Sounds.of(Sounds.Kind.BED).url());
    }

    @Test
    void slower_slowsTheVoiceInTheDocument_andLengthensItsHolds_asInTheSsml() {
        SkillConversation steady = talk("en-US").withAplForAudio();
        String steadyAudio = allAudio(steady.afterSafetyNote());
        SkillConversation slow = talk("en-US").withAplForAudio().afterSafetyNote();
        slow.launch();
        slow.say("AdjustRoutineIntent", java.util.Map.of("change", "slower|SLOWER"));
        slow.endSession();
        String slowAudio = allAudio(slow);

        assertThat(steadyAudio).doesNotContain("prosody");
        assertThat(slowAudio).contains("<prosody rate=\\\"90%\\\">");
        assertThat(holdMillis(slowAudio)).isGreaterThan(holdMillis(steadyAudio));
    }

    /** The milliseconds of every hold's silence, the first lane of each mix, in the audio of a routine. */
    private static long holdMillis(String audio) {
        java.util.regex.Matcher mix = java.util.regex.Pattern
                .compile("\"kind\":\"mix\",\"lanes\":\\[\\{\"clips\":\\[\\{\"kind\":\"silence\",\"ms\":(\\d+)")
                .matcher(audio);
        long total = 0;
        while (mix.find()) {
            total += Long.parseLong(mix.group(1));
        }
        return total;
    }

    @Test
    void noMusic_inSpanish_isUnderstoodAndAnswered() {
        SkillConversation talk = talk("es-US").withAplForAudio();
        talk.afterSafetyNote();
        talk.launch();

        assertThat(talk.say("MusicOffIntent").speech()).contains("sin música", "campanas");
    }

    /** The audio of every part of a routine started in a new session, as one text. */
    private static String allAudio(SkillConversation talk) {
        talk.launch();
        StringBuilder all = new StringBuilder();
        Reply reply = talk.say("StartRoutineIntent");
        if (reply.question().startsWith("routine.offer")) {
            reply = talk.say("AMAZON.NoIntent");
        }
        assertThat(reply.question()).isEqualTo("routine.next");
        while (reply.question().equals("routine.next")) {
            all.append(reply.audioDirective());
            reply = talk.say("AMAZON.NextIntent");
        }
        talk.endSession();
        return all.toString();
    }

    @Test
    void withoutAplForAudio_everyPart_isTheSsmlAlone() {
        for (String locale : List.of("en-US", "es-US")) {
            List<Reply> parts = parts(talk(locale));

            assertThat(parts).as(locale).hasSizeGreaterThan(10);
            for (Reply part : parts) {
                assertThat(part.audioDirective().isMissingNode()).isTrue();
                assertThat(part.speech()).isNotBlank();
            }
        }
    }

    @Test
    void aplForAudio_playsTheSameWordsTheSsmlSays() {
        List<Reply> withAudio = parts(talk("en-US").withAplForAudio());
        List<Reply> withoutAudio = parts(talk("en-US"));

        assertThat(withAudio).hasSameSizeAs(withoutAudio);
        for (int i = 0; i < withAudio.size(); i++) {
            assertThat(withAudio.get(i).audioWords()).isEqualTo(withoutAudio.get(i).speech());
        }
    }
}
