package com.morningbackcoach.routine.handler;

import com.morningbackcoach.audio.AudioLimits;
import com.morningbackcoach.audio.Sounds;
import com.morningbackcoach.audio.Track;
import com.morningbackcoach.routine.Coaching;
import com.morningbackcoach.routine.Cue;
import com.morningbackcoach.routine.Depth;
import com.morningbackcoach.routine.Part;
import com.morningbackcoach.routine.Plan;
import com.morningbackcoach.routine.Progress;
import com.morningbackcoach.routine.Routine;
import com.morningbackcoach.routine.RoutinePosition;
import com.morningbackcoach.routine.RoutineSettings;
import com.morningbackcoach.routine.Step;
import com.morningbackcoach.speech.Rotation;
import com.morningbackcoach.speech.Speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a part of a step into what the coach says: on a step's first part its name, purpose and length; the cues,
 * with holds as chained pauses of at most {@value #MAX_BREAK} seconds and spoken counts; then how to move on. At a
 * slow or brisk pace the voice itself is slower or quicker ({@code prosody rate}); pauses keep their length. The same
 * walk builds the part's audio: each hold between two chimes over a soft bed, counts paced by silence, a sound to
 * change sides.
 */
public final class StepSsml {

    public static final int MAX_BREAK = 10;
    /** A long hold is split in two with "halfway" when it is at least this long. */
    public static final int HALFWAY_FROM = 16;
    /** A repetition's hold is counted down on screen from this long. */
    static final int COUNTED_REP_HOLD = 4;
    /** Speaking rate used to estimate how long a text takes to say. */
    static final double WORDS_PER_SECOND = 2.6;
    /** A moment between announcing a count and leading its first repetition. */
    static final String GET_READY = "<break time=\"500ms\"/>";
    /** The family of phrases that lead into the next part. */
    static final String TRANSITION = "variety.transition";
    private static final Pattern BREAK = Pattern.compile("<break time=\"(\\d+)(ms|s)\"/>");
    private static final Pattern PROSODY = Pattern.compile("<prosody rate=\"(\\d+)%\">(.*?)</prosody>", Pattern.DOTALL);

    private StepSsml() {
    }

    /** A hold as the screen counts it down: when it starts in the response, in seconds, and how long it lasts. */
    public record HoldWindow(double start, int seconds) {
    }

    /**
     * A part as led: its SSML, the holds a screen can count down, the words said before its first count (the
     * first repetition, hold, rest or side change), and the same part as audio.
     */
    public record Led(String ssml, List<HoldWindow> holds, int wordsBeforeCount, Track.Sequence audio) {
    }

    /** The whole response for {@code position} on a first morning, without the {@code speak} root. */
    public static String part(Speech speech, Routine routine, RoutinePosition position, RoutineSettings settings,
                              boolean firstHearingOfStep) {
        return lead(speech, routine, position, settings, firstHearingOfStep).ssml();
    }

    /** The whole response for {@code position} as coached today, without the {@code speak} root. */
    public static String part(Speech speech, Routine routine, RoutinePosition position, RoutineSettings settings,
                              boolean firstHearingOfStep, Coaching coaching) {
        return lead(speech, routine, position, settings, firstHearingOfStep, coaching).ssml();
    }

    /** The whole response for {@code position} on a first morning, and the holds within it. */
    public static Led lead(Speech speech, Routine routine, RoutinePosition position, RoutineSettings settings,
                           boolean firstHearingOfStep) {
        return lead(speech, routine, position, settings, firstHearingOfStep, Coaching.FIRST_MORNING);
    }

    /**
     * The whole response for {@code position} at today's level and depth, and the holds within it. In full: the
     * step's name, purpose, length and (on its first hearing) the line about stopping if it hurts, then every cue.
     * Short: the move's name and dose, then straight to the count; as a reminder, with the step's purpose and the line
     * about stopping if it hurts before a step's first part.
     */
    public static Led lead(Speech speech, Routine routine, RoutinePosition position, RoutineSettings settings,
                           boolean firstHearingOfStep, Coaching coaching) {
        Step step = routine.step(position.step());
        int level = coaching.level();
        Plan plan = Plan.of(routine.part(position), settings, level);
        Script script = new Script(settings.pace().voiceRate());
        String transition = position.equals(routine.first(settings, level)) ? "" : transition(speech, coaching);
        if (coaching.depth() != Depth.FULL) {
            boolean remind = coaching.depth() == Depth.REMIND && position.isStartOfStep() && step.isMovement();
            if (remind) {
                script.say(step.purpose());
                if (firstHearingOfStep) {
                    script.say(step.ifItHurts());
                }
            } else {
                script.say(transition);
            }
            script.say(shortOpening(speech, routine.part(position).name(), plan, remind || transition.isEmpty()));
            script.pause(1);
            appendCues(speech, plan, script, true);
        } else {
            if (position.isStartOfStep()) {
                script.say(speech.say("routine.stepIntro", position.step(), routine.stepCount(), step.name()));
                script.say(step.purpose());
                script.say(speech.say("routine.length",
                        stepMinutes(speech, routine, position.step(), settings, level)));
                if (firstHearingOfStep && step.isMovement()) {
                    script.say(step.ifItHurts());
                }
            } else if (transition.isEmpty()) {
                script.say(speech.say("routine.partIntro", routine.part(position).name()));
            } else {
                script.say(transition + " " + routine.part(position).name() + ".");
            }
            script.pause(1);
            appendCues(speech, plan, script, false);
        }
        script.say(prompt(speech, routine, position, settings, level));
        Track.Sequence audio = script.track();
        AudioLimits.check(audio);
        return new Led(script.ssml(), script.holds(), script.wordsBeforeCount(), audio);
    }

    /** Today's lead into the next part, or empty on a first morning or where the locale has no variants. */
    private static String transition(Speech speech, Coaching coaching) {
        return coaching.varies() ? Rotation.say(speech, TRANSITION, coaching.day(), coaching.userKey()) : "";
    }

    /** The move's name and its dose: how many times, how many each side, or how many seconds. */
    static String shortOpening(Speech speech, String name, Plan plan, boolean capitalised) {
        String move = capitalised && !name.isEmpty()
                ? name.substring(0, 1).toUpperCase(speech.locale()) + name.substring(1) : name;
        boolean switchesSide = plan.cues().stream().anyMatch(Cue.Switch.class::isInstance);
        for (Cue cue : plan.cues()) {
            if (cue instanceof Cue.Reps reps) {
                return speech.say(reps.alternating() ? "routine.short.eachSide" : "routine.short.reps", move,
                        reps.count());
            }
            if (cue instanceof Cue.Hold hold) {
                return speech.say(switchesSide ? "routine.short.holdEachSide" : "routine.short.hold", move,
                        hold.seconds());
            }
        }
        return speech.say("routine.short.say", move);
    }

    /** The cues of a plan as SSML. */
    public static String cues(Speech speech, Plan plan) {
        Script script = new Script(100);
        appendCues(speech, plan, script, false);
        return script.ssml();
    }

    /**
     * The cues as SSML. {@code brief}: the instructions before the first dose and that dose's own announcement are
     * left out, as the opening said the name and dose; a part without a dose keeps every line.
     */
    private static void appendCues(Speech speech, Plan plan, Script script, boolean brief) {
        boolean dosed = plan.cues().stream().anyMatch(cue -> cue instanceof Cue.Reps || cue instanceof Cue.Hold);
        boolean beforeDose = brief && dosed;
        for (Cue cue : plan.cues()) {
            if (cue instanceof Cue.Hold hold) {
                script.counting();
                script.say(hold.text().isEmpty() ? speech.say("routine.hold") : hold.text());
                script.hold(speech, hold.seconds());
                script.say(speech.say("routine.release"));
                beforeDose = false;
            } else if (cue instanceof Cue.Reps reps) {
                if (!beforeDose) {
                    script.say(speech.format(reps.text(), reps.count()));
                }
                script.raw(GET_READY);
                script.counting();
                for (int rep = 1; rep <= reps.count(); rep++) {
                    script.say(reps.beat().isEmpty() ? speech.say("routine.count", rep) : reps.beat());
                    script.repHold(reps.hold());
                    if (reps.alternating()) {
                        script.say(reps.other());
                        script.repHold(reps.hold());
                    }
                    script.say(reps.release());
                    script.pause(reps.rest());
                }
                beforeDose = false;
            } else if (cue instanceof Cue.Switch change) {
                script.counting();
                script.sound(Sounds.Kind.SWITCH);
                script.say(change.text());
                script.pause(change.seconds());
            } else if (cue instanceof Cue.Rest rest) {
                script.say(rest.text());
                script.counting();
                script.pause(rest.seconds());
            } else if (cue instanceof Cue.Say say && !beforeDose) {
                script.say(say.text());
                script.raw("<break time=\"300ms\"/>");
            }
        }
    }

    /** Minutes a step takes at {@code settings} at the first level. */
    public static int stepMinutes(Speech speech, Routine routine, int step, RoutineSettings settings) {
        return stepMinutes(speech, routine, step, settings, Progress.FIRST);
    }

    /** Minutes a step takes at {@code settings} and {@code level}: its guided seconds and the time to say it. */
    public static int stepMinutes(Speech speech, Routine routine, int step, RoutineSettings settings, int level) {
        double seconds = 0;
        for (Part part : routine.partsOf(step, settings, level)) {
            Plan plan = Plan.of(part, settings, level);
            seconds += plan.guidedSeconds() + talkSeconds(cues(speech, plan)) * 100 / settings.pace().voiceRate();
        }
        return Math.max(1, (int) Math.round(seconds / 60));
    }

    /** Minutes from the part at {@code from} to the end of the routine, at the first level. */
    public static int minutesLeft(Speech speech, Routine routine, RoutinePosition from, RoutineSettings settings) {
        return minutesLeft(speech, routine, from, settings, Progress.FIRST);
    }

    /** Minutes from the start of the part at {@code from} to the end of the routine, at the user's pace and level. */
    public static int minutesLeft(Speech speech, Routine routine, RoutinePosition from, RoutineSettings settings,
                                  int level) {
        double seconds = 0;
        for (Optional<RoutinePosition> at = Optional.of(from); at.isPresent();
             at = routine.next(at.get(), settings, level)) {
            Plan plan = Plan.of(routine.part(at.get()), settings, level);
            seconds += plan.guidedSeconds() + talkSeconds(cues(speech, plan));
        }
        return Math.max(1, (int) Math.round(seconds / 60));
    }

    /**
     * An estimate of how long an SSML text takes to play: its words at a steady rate (slower or quicker inside a
     * {@code prosody rate}), its pauses and sounds.
     */
    public static double playSeconds(String ssml) {
        double talk = 0;
        StringBuilder outside = new StringBuilder();
        Matcher matcher = PROSODY.matcher(ssml);
        while (matcher.find()) {
            talk += talkSeconds(matcher.group(2)) * 100 / Integer.parseInt(matcher.group(1));
            matcher.appendReplacement(outside, " ");
        }
        matcher.appendTail(outside);
        return talk + talkSeconds(outside.toString()) + breakSeconds(ssml) + countAudio(ssml);
    }

    /** The seconds of every {@code break} in an SSML text. */
    public static double breakSeconds(String ssml) {
        double total = 0;
        Matcher matcher = BREAK.matcher(ssml);
        while (matcher.find()) {
            int amount = Integer.parseInt(matcher.group(1));
            total += matcher.group(2).equals("s") ? amount : amount / 1000.0;
        }
        return total;
    }

    /** A pause of {@code seconds}, as breaks of at most {@value #MAX_BREAK} seconds. */
    static String pause(int seconds) {
        StringBuilder ssml = new StringBuilder();
        for (int left = seconds; left > 0; left -= MAX_BREAK) {
            ssml.append("<break time=\"").append(Math.min(MAX_BREAK, left)).append("s\"/>");
        }
        return ssml.toString();
    }

    private static String prompt(Speech speech, Routine routine, RoutinePosition position, RoutineSettings settings,
                                 int level) {
        return routine.next(position, settings, level)
                .map(next -> next.step() == position.step()
                        ? speech.say("routine.prompt.nextPart", routine.part(next).name())
                        : speech.say("routine.prompt.nextStep", next.step()))
                .orElseGet(() -> speech.say("routine.prompt.last"));
    }

    private static double talkSeconds(String ssml) {
        return wordCount(ssml) / WORDS_PER_SECOND;
    }

    /** The words of an SSML text, without its markup. */
    static int wordCount(String ssml) {
        String words = ssml.replaceAll("<[^>]+>", " ").trim();
        return words.isEmpty() ? 0 : words.split("\\s+").length;
    }

    private static int countAudio(String ssml) {
        int count = 0;
        for (int at = ssml.indexOf("<audio"); at >= 0; at = ssml.indexOf("<audio", at + 1)) {
            count++;
        }
        return count;
    }

    /**
     * SSML being written, with the time it takes to play so far and the holds a screen counts down, and the same as
     * audio.
     */
    private static final class Script {
        private final StringBuilder ssml = new StringBuilder();
        private final List<Track> audio = new ArrayList<>();
        private final List<HoldWindow> holds = new ArrayList<>();
        private final int rate;
        private double seconds;
        private int words;
        private int wordsBeforeCount = -1;

        Script(int rate) {
            this.rate = rate;
        }

        void say(String text) {
            if (!text.isEmpty()) {
                ssml.append(' ').append(text);
                seconds += talkSeconds(text) * 100 / rate;
                words += wordCount(text);
                audio.add(new Track.Speech(text, rate));
            }
        }

        /** Marks where the counting starts, the first time only. */
        void counting() {
            if (wordsBeforeCount < 0) {
                wordsBeforeCount = words;
            }
        }

        /** Words said before the first count, or all of them in a part without one. */
        int wordsBeforeCount() {
            return wordsBeforeCount < 0 ? words : wordsBeforeCount;
        }

        void pause(int duration) {
            ssml.append(StepSsml.pause(duration));
            seconds += duration;
            audio.add(new Track.Silence(duration * 1000));
        }

        /** A sound, outside the voice's rate, which applies to speech only. */
        void sound(Sounds.Kind kind) {
            String markup = Sounds.ssml(kind);
            ssml.append(' ').append(close()).append(markup).append(open());
            seconds += countAudio(markup);
            audio.add(Sounds.play(kind));
        }

        private String open() {
            return rate == 100 ? "" : "<prosody rate=\"" + rate + "%\">";
        }

        private String close() {
            return rate == 100 ? "" : "</prosody>";
        }

        void raw(String markup) {
            ssml.append(markup);
            seconds += breakSeconds(markup);
            audio.add(new Track.Silence((int) Math.round(breakSeconds(markup) * 1000)));
        }

        /** A repetition's hold, counted down on screen when it is long enough to watch. */
        void repHold(int duration) {
            if (duration >= COUNTED_REP_HOLD) {
                holds.add(new HoldWindow(seconds, duration));
            }
            pause(duration);
        }

        /**
         * A hold: pauses in SSML ("halfway" between two in a long one); in audio, a chime, then the hold's silence
         * under the bed with "halfway" at its place, then a chime.
         */
        void hold(Speech speech, int duration) {
            holds.add(new HoldWindow(seconds, duration));
            List<Track> layers = new ArrayList<>();
            layers.add(new Track.Silence(duration * 1000));
            layers.add(bed(duration));
            if (duration < HALFWAY_FROM) {
                ssml.append(StepSsml.pause(duration));
                seconds += duration;
            } else {
                int first = duration / 2;
                String halfway = speech.say("routine.halfway");
                ssml.append(StepSsml.pause(first));
                seconds += first;
                ssml.append(' ').append(halfway);
                seconds += talkSeconds(halfway) * 100 / rate;
                words += wordCount(halfway);
                ssml.append(StepSsml.pause(duration - first));
                seconds += duration - first;
                layers.add(new Track.Sequence(List.of(new Track.Silence(first * 1000),
                        new Track.Speech(halfway, rate))));
            }
            audio.add(Sounds.play(Sounds.Kind.CHIME));
            audio.add(new Track.Mixed(layers));
            audio.add(Sounds.play(Sounds.Kind.CHIME));
        }

        /** The bed for {@code duration} seconds: its sound again as often as needed, the last cut to fit. */
        private static Track bed(int duration) {
            Sounds.Source bed = Sounds.of(Sounds.Kind.BED);
            List<Track> loops = new ArrayList<>();
            for (double left = duration; left > 0.001; left -= bed.seconds()) {
                loops.add(new Track.Sound(Sounds.Kind.BED, bed.url(), Math.min(left, bed.seconds())));
            }
            return new Track.Sequence(loops);
        }

        /** The part as audio, with neighbouring silences and words at the same rate joined. */
        Track.Sequence track() {
            List<Track> joined = new ArrayList<>();
            for (Track item : audio) {
                Track last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
                if (item instanceof Track.Silence silence && silence.millis() == 0) {
                    continue;
                }
                if (last instanceof Track.Silence before && item instanceof Track.Silence after) {
                    joined.set(joined.size() - 1, new Track.Silence(before.millis() + after.millis()));
                } else if (last instanceof Track.Speech before && item instanceof Track.Speech after
                        && before.rate() == after.rate()) {
                    joined.set(joined.size() - 1, new Track.Speech(before.ssml() + " " + after.ssml(), rate));
                } else {
                    joined.add(item);
                }
            }
            return new Track.Sequence(joined);
        }

        String ssml() {
            return (open() + ssml.toString().trim() + close()).replace(open() + close(), "").trim();
        }

        List<HoldWindow> holds() {
            return List.copyOf(holds);
        }
    }
}
