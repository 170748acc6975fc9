package com.morningbackcoach.routine.handler;

import com.morningbackcoach.routine.Cue;
import com.morningbackcoach.routine.Part;
import com.morningbackcoach.routine.Plan;
import com.morningbackcoach.routine.Routine;
import com.morningbackcoach.routine.RoutinePosition;
import com.morningbackcoach.routine.RoutineSettings;
import com.morningbackcoach.routine.Step;
import com.morningbackcoach.speech.Speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a part of a step into what the coach says: on a step's first part its name, purpose and length; the cues,
 * with holds as chained pauses of at most {@value #MAX_BREAK} seconds and spoken counts; then how to move on. At a
 * slow or brisk pace the voice itself is slower or quicker ({@code prosody rate}); pauses keep their length.
 */
public final class StepSsml {

    public static final int MAX_BREAK = 10;
    /** A long hold is split in two with "halfway" when it is at least this long. */
    static final int HALFWAY_FROM = 16;
    /** A repetition's hold is counted down on screen from this long. */
    static final int COUNTED_REP_HOLD = 4;
    static final String SWITCH_SOUND = "<audio src=\"soundbank://soundlibrary/musical/amzn_sfx_bell_short_chime_01\"/>";
    /** Speaking rate used to estimate how long a text takes to say. */
    static final double WORDS_PER_SECOND = 2.6;
    /** A moment between announcing a count and leading its first repetition. */
    static final String GET_READY = "<break time=\"500ms\"/>";
    private static final Pattern BREAK = Pattern.compile("<break time=\"(\\d+)(ms|s)\"/>");
    private static final Pattern PROSODY = Pattern.compile("<prosody rate=\"(\\d+)%\">(.*?)</prosody>", Pattern.DOTALL);

    private StepSsml() {
    }

    /** A hold as the screen counts it down: when it starts in the response, in seconds, and how long it lasts. */
    public record HoldWindow(double start, int seconds) {
    }

    /** A part as led: its SSML, and the holds a screen can count down. */
    public record Led(String ssml, List<HoldWindow> holds) {
    }

    /** The whole response for {@code position}, without the {@code speak} root. */
    public static String part(Speech speech, Routine routine, RoutinePosition position, RoutineSettings settings,
                              boolean firstHearingOfStep) {
        return lead(speech, routine, position, settings, firstHearingOfStep).ssml();
    }

    /** The whole response for {@code position} and the holds within it. */
    public static Led lead(Speech speech, Routine routine, RoutinePosition position, RoutineSettings settings,
                           boolean firstHearingOfStep) {
        Step step = routine.step(position.step());
        int rate = settings.pace().voiceRate();
        Script script = new Script(rate);
        if (position.isStartOfStep()) {
            script.say(speech.say("routine.stepIntro", position.step(), routine.stepCount(), step.name()));
            script.say(step.purpose());
            script.say(speech.say("routine.length", stepMinutes(speech, routine, position.step(), settings)));
            if (firstHearingOfStep && step.isMovement()) {
                script.say(step.ifItHurts());
            }
        } else {
            script.say(speech.say("routine.partIntro", routine.part(position).name()));
        }
        script.pause(1);
        appendCues(speech, Plan.of(routine.part(position), settings), script);
        script.say(prompt(speech, routine, position, settings));
        return new Led(script.ssml(), script.holds());
    }

    /** The cues of a plan as SSML. */
    public static String cues(Speech speech, Plan plan) {
        Script script = new Script(100);
        appendCues(speech, plan, script);
        return script.ssml();
    }

    private static void appendCues(Speech speech, Plan plan, Script script) {
        for (Cue cue : plan.cues()) {
            if (cue instanceof Cue.Hold hold) {
                script.say(hold.text().isEmpty() ? speech.say("routine.hold") : hold.text());
                script.hold(speech, hold.seconds());
                script.say(speech.say("routine.release"));
            } else if (cue instanceof Cue.Reps reps) {
                script.say(speech.format(reps.text(), reps.count()));
                script.raw(GET_READY);
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
            } else if (cue instanceof Cue.Switch change) {
                script.sound(SWITCH_SOUND);
                script.say(change.text());
                script.pause(change.seconds());
            } else if (cue instanceof Cue.Rest rest) {
                script.say(rest.text());
                script.pause(rest.seconds());
            } else if (cue instanceof Cue.Say say) {
                script.say(say.text());
                script.raw("<break time=\"300ms\"/>");
            }
        }
    }

    /** Minutes a step takes at {@code settings}: its guided seconds and the time to say it, at least one. */
    public static int stepMinutes(Speech speech, Routine routine, int step, RoutineSettings settings) {
        double seconds = 0;
        for (Part part : routine.partsOf(step, settings)) {
            Plan plan = Plan.of(part, settings);
            seconds += plan.guidedSeconds() + talkSeconds(cues(speech, plan)) * 100 / settings.pace().voiceRate();
        }
        return Math.max(1, (int) Math.round(seconds / 60));
    }

    /** Minutes from the start of the part at {@code from} to the end of the routine, at the user's pace. */
    public static int minutesLeft(Speech speech, Routine routine, RoutinePosition from, RoutineSettings settings) {
        double seconds = 0;
        for (Optional<RoutinePosition> at = Optional.of(from); at.isPresent();
             at = routine.next(at.get(), settings)) {
            Plan plan = Plan.of(routine.part(at.get()), settings);
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

    private static String prompt(Speech speech, Routine routine, RoutinePosition position, RoutineSettings settings) {
        return routine.next(position, settings)
                .map(next -> next.step() == position.step()
                        ? speech.say("routine.prompt.nextPart", routine.part(next).name())
                        : speech.say("routine.prompt.nextStep", next.step()))
                .orElseGet(() -> speech.say("routine.prompt.last"));
    }

    private static double talkSeconds(String ssml) {
        String words = ssml.replaceAll("<[^>]+>", " ").trim();
        return words.isEmpty() ? 0 : words.split("\\s+").length / WORDS_PER_SECOND;
    }

    private static int countAudio(String ssml) {
        int count = 0;
        for (int at = ssml.indexOf("<audio"); at >= 0; at = ssml.indexOf("<audio", at + 1)) {
            count++;
        }
        return count;
    }

    /** SSML being written, with the time it takes to play so far and the holds a screen counts down. */
    private static final class Script {
        private final StringBuilder ssml = new StringBuilder();
        private final List<HoldWindow> holds = new ArrayList<>();
        private final int rate;
        private double seconds;

        Script(int rate) {
            this.rate = rate;
        }

        void say(String text) {
            if (!text.isEmpty()) {
                ssml.append(' ').append(text);
                seconds += talkSeconds(text) * 100 / rate;
            }
        }

        void pause(int duration) {
            ssml.append(StepSsml.pause(duration));
            seconds += duration;
        }

        /** A sound, outside the voice's rate, which applies to speech only. */
        void sound(String audio) {
            ssml.append(' ').append(close()).append(audio).append(open());
            seconds += countAudio(audio);
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
        }

        /** A repetition's hold, counted down on screen when it is long enough to watch. */
        void repHold(int duration) {
            if (duration >= COUNTED_REP_HOLD) {
                holds.add(new HoldWindow(seconds, duration));
            }
            pause(duration);
        }

        void hold(Speech speech, int duration) {
            holds.add(new HoldWindow(seconds, duration));
            if (duration < HALFWAY_FROM) {
                pause(duration);
                return;
            }
            int first = duration / 2;
            pause(first);
            say(speech.say("routine.halfway"));
            pause(duration - first);
        }

        String ssml() {
            return (open() + ssml.toString().trim() + close()).replace(open() + close(), "").trim();
        }

        List<HoldWindow> holds() {
            return List.copyOf(holds);
        }
    }
}
