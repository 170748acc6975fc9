package com.morningbackcoach.audio;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.morningbackcoach.conversation.AudioDocuments;
import com.morningbackcoach.routine.Coaching;
import com.morningbackcoach.routine.Depth;
import com.morningbackcoach.routine.Routine;
import com.morningbackcoach.routine.RoutineLibrary;
import com.morningbackcoach.routine.RoutinePosition;
import com.morningbackcoach.routine.RoutineSettings;
import com.morningbackcoach.routine.handler.StepSsml;
import com.morningbackcoach.speech.ContentBundles;
import com.morningbackcoach.speech.Speech;
import com.morningbackcoach.testing.EverySetting;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every part of both routines, in every locale, at every level, pace, length, version and depth, as audio within
 * Amazon's limits for APL for Audio: length, clips and the size of the document with its data.
 */
class RoutineAudioLimitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyPart_everywhere_shouldStayWithinAplForAudioLimits() throws Exception {
        int parts = 0;
        double longest = 0;
        int mostClips = 0;
        int largest = 0;
        for (String tag : ContentBundles.LOCALES) {
            Locale locale = Locale.forLanguageTag(tag);
            Speech speech = Speech.forLocale(tag);
            for (Routine routine : List.of(RoutineLibrary.morning(locale), RoutineLibrary.badDay(locale))) {
                for (RoutineSettings settings : EverySetting.all()) {
                    for (int level = 1; level <= 4; level++) {
                        for (Depth depth : Depth.values()) {
                            Coaching coaching = new Coaching(level, depth, LocalDate.of(2026, 12, 7), "user");
                            for (RoutinePosition at = routine.first(settings, level); at != null;
                                 at = routine.next(at, settings, level).orElse(null)) {
                                Track.Sequence audio = StepSsml.lead(speech, routine, at, settings, true, coaching)
                                        .audio();
                                int bytes = JSON.writeValueAsBytes(AudioDocuments.directive(audio)).length;
                                assertThat(audio.seconds()).isLessThanOrEqualTo(AudioLimits.MAX_SECONDS);
                                assertThat(audio.clips()).isLessThanOrEqualTo(AudioLimits.MAX_CLIPS);
                                assertThat(bytes).isLessThanOrEqualTo(AudioLimits.MAX_DOCUMENT_BYTES);
                                longest = Math.max(longest, audio.seconds());
                                mostClips = Math.max(mostClips, audio.clips());
                                largest = Math.max(largest, bytes);
                                parts++;
                            }
                        }
                    }
                }
            }
        }
        System.out.printf("APL for Audio: %d parts; longest %.0f s, most clips %d, largest directive %d bytes%n",
                parts, longest, mostClips, largest);
        assertThat(parts).isGreaterThan(8 * 2 * 12 * 4 * 3 * 5);
        assertThat(mostClips).as("holds bring chimes and a bed").isGreaterThanOrEqualTo(3);
    }

    @Test
    void theLimits_refuseAudioTooLong_withTooManyClips_orTooLarge() {
        Track tooLong = new Track.Sequence(List.of(new Track.Silence(241_000)));
        List<Track> chimes = new ArrayList<>();
        for (int i = 0; i <= AudioLimits.MAX_CLIPS; i++) {
            chimes.add(Sounds.play(Sounds.Kind.CHIME));
        }

        assertThatThrownBy(() -> AudioLimits.check(tooLong)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> AudioLimits.check(new Track.Sequence(chimes)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> AudioDocuments.directive(new Track.Sequence(chimes)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> AudioLimits.checkSize(AudioLimits.MAX_DOCUMENT_BYTES + 1))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void everySound_isFromTheAlexaSoundLibrary() {
        for (Sounds.Kind kind : Sounds.Kind.values()) {
            assertThat(Sounds.of(kind).url()).startsWith("soundbank://soundlibrary/");
            assertThat(Sounds.of(kind).seconds()).isPositive();
        }
        assertThatThrownBy(() -> new Sounds.Source("https://example.com/a.mp3", 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

}
