package com.morningbackcoach.audio;

import com.morningbackcoach.routine.Coaching;
import com.morningbackcoach.routine.Cue;
import com.morningbackcoach.routine.Length;
import com.morningbackcoach.routine.Pace;
import com.morningbackcoach.routine.Plan;
import com.morningbackcoach.routine.Routine;
import com.morningbackcoach.routine.RoutineLibrary;
import com.morningbackcoach.routine.RoutinePosition;
import com.morningbackcoach.routine.RoutineSettings;
import com.morningbackcoach.routine.handler.StepSsml;
import com.morningbackcoach.speech.Speech;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A part's audio follows its cues: each hold a chime, the hold's silence under the bed with "halfway" at its middle in
 * a long one, a chime; music off leaves out the bed alone, quiet mode every sound, and neither changes the timing.
 */
class PartTrackTest {

    private final Speech speech = Speech.forLocale("en-US");
    private final Routine routine = RoutineLibrary.morning(Locale.US);

    @Test
    void everyHold_isAMixBetweenTwoChimes_withHalfwayAtItsMiddleWhenLong() {
        int halfways = 0;
        for (Pace pace : Pace.values()) {
            RoutineSettings settings = new RoutineSettings(pace, Length.FULL, false, true, true);
            for (RoutinePosition at = routine.first(settings); at != null; at = routine.next(at, settings).orElse(null)) {
                List<Integer> holds = new ArrayList<>();
                Plan.of(routine.part(at), settings).cues().stream().filter(Cue.Hold.class::isInstance)
                        .forEach(cue -> holds.add(((Cue.Hold) cue).seconds()));
                List<Track> items = StepSsml.lead(speech, routine, at, settings, true, Coaching.FIRST_MORNING)
                        .audio().items();
                List<Integer> mixed = new ArrayList<>();
                for (int i = 0; i < items.size(); i++) {
                    if (items.get(i) instanceof Track.Mixed mix) {
                        assertThat(items.get(i - 1)).isEqualTo(Sounds.play(Sounds.Kind.CHIME));
                        assertThat(items.get(i + 1)).isEqualTo(Sounds.play(Sounds.Kind.CHIME));
                        int millis = ((Track.Silence) mix.layers().get(0)).millis();
                        assertThat(mix.seconds()).isEqualTo(millis / 1000.0);
                        assertThat(mix.layers().get(1).seconds()).isEqualTo(millis / 1000.0);
                        if (millis >= 16_000) {
                            Track.Sequence halfway = (Track.Sequence) mix.layers().get(2);
                            assertThat(halfway.items().get(0)).isEqualTo(new Track.Silence(millis / 2000 * 1000));
                            assertThat(((Track.Speech) halfway.items().get(1)).ssml()).isEqualTo("Halfway.");
                            halfways++;
                        }
                        mixed.add(millis / 1000);
                    }
                }
                assertThat(mixed).as(at + " " + pace).isEqualTo(holds);
            }
        }
        assertThat(halfways).isPositive();
    }

    @Test
    void noMusic_dropsTheBed_quiet_dropsEverySound_andTheTimingStays() {
        RoutineSettings settings = RoutineSettings.DEFAULT;
        RoutinePosition stretch = null;
        for (RoutinePosition at = routine.first(settings); at != null; at = routine.next(at, settings).orElse(null)) {
            if (routine.part(at).cues().stream().anyMatch(Cue.Switch.class::isInstance)
                    && routine.part(at).cues().stream().anyMatch(Cue.Hold.class::isInstance)) {
                stretch = at;
            }
        }
        Track.Sequence full = StepSsml.lead(speech, routine, stretch, settings, true).audio();
        Track.Sequence noMusic = AudioMode.NO_MUSIC.apply(full);
        Track.Sequence quiet = AudioMode.QUIET.apply(full);

        assertThat(kinds(full)).contains(Sounds.Kind.CHIME, Sounds.Kind.BED, Sounds.Kind.SWITCH);
        assertThat(kinds(noMusic)).contains(Sounds.Kind.CHIME, Sounds.Kind.SWITCH).doesNotContain(Sounds.Kind.BED);
        assertThat(kinds(quiet)).isEmpty();
        assertThat(silence(noMusic)).isEqualTo(silence(full));
        assertThat(silence(quiet)).isEqualTo(silence(full));
        assertThat(AudioMode.FULL.apply(full)).isSameAs(full);
    }

    private static List<Sounds.Kind> kinds(Track track) {
        List<Sounds.Kind> kinds = new ArrayList<>();
        if (track instanceof Track.Sound sound) {
            kinds.add(sound.kind());
        } else if (track instanceof Track.Sequence sequence) {
            sequence.items().forEach(item -> kinds.addAll(kinds(item)));
        } else if (track instanceof Track.Mixed mixed) {
            mixed.layers().forEach(layer -> kinds.addAll(kinds(layer)));
        }
        return kinds;
    }

    private static long silence(Track track) {
        if (track instanceof Track.Silence silence) {
            return silence.millis();
        }
        if (track instanceof Track.Sequence sequence) {
            return sequence.items().stream().mapToLong(PartTrackTest::silence).sum();
        }
        if (track instanceof Track.Mixed mixed) {
            return silence(mixed.layers().get(0));
        }
        return 0;
    }
}
