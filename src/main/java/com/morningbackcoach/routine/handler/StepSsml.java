package com.morningbackcoach.routine.handler;

import com.morningbackcoach.routine.Cue;
import com.morningbackcoach.routine.Part;
import com.morningbackcoach.routine.Plan;
import com.morningbackcoach.routine.Routine;
import com.morningbackcoach.routine.RoutinePosition;
import com.morningbackcoach.routine.RoutineSettings;
import com.morningbackcoach.routine.Step;
import com.morningbackcoach.speech.Speech;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a part of a step into what the coach says: on a step's first part its name, purpose and length; the cues,
 * with holds as chained pauses of at most {@value #MAX_BREAK} seconds and spoken counts; then how to move on.
 */
public final class StepSsml {

    public static final int MAX_BREAK = 10;
    /** A long hold is split in two with "halfway" when it is at least this long. */
    static final int HALFWAY_FROM = 16;
    static final String SWITCH_SOUND = "<audio src=\"soundbank://soundlibrary/musical/amzn_sfx_bell_short_chime_01\"/>";
    /** Speaking rate used to estimate how long a text takes to say. */
    static final double WORDS_PER_SECOND = 2.6;
    private static final Pattern BREAK = Pattern.compile("<break time=\"(\\d+)(ms|s)\"/>");

    private StepSsml() {
    }

    /** The whole response for {@code position}, without the {@code speak} root. */
    public static String part(Speech speech, Routine routine, RoutinePosition position, RoutineSettings settings,
                              boolean firstHearingOfStep) {
        Step step = routine.step(position.step());
        StringBuilder ssml = new StringBuilder();
        if (position.isStartOfStep()) {
            ssml.append(speech.say("routine.stepIntro", position.step(), routine.stepCount(), step.name()))
                    .append(' ').append(step.purpose())
                    .append(' ').append(speech.say("routine.length", stepMinutes(speech, routine, position.step(), settings)));
            if (firstHearingOfStep && step.isMovement()) {
                ssml.append(' ').append(step.ifItHurts());
            }
        } else {
            ssml.append(speech.say("routine.partIntro", routine.part(position).name()));
        }
        ssml.append(pause(1)).append(cues(speech, Plan.of(routine.part(position), settings)));
        return ssml.append(' ').append(prompt(speech, routine, position, settings)).toString();
    }

    /** The cues of a plan as SSML. */
    public static String cues(Speech speech, Plan plan) {
        StringBuilder ssml = new StringBuilder();
        for (Cue cue : plan.cues()) {
            if (cue instanceof Cue.Hold hold) {
                appendLine(ssml, hold.text().isEmpty() ? speech.say("routine.hold") : hold.text());
                appendHold(speech, ssml, hold.seconds());
                appendLine(ssml, speech.say("routine.release"));
            } else if (cue instanceof Cue.Reps reps) {
                appendLine(ssml, reps.text());
                for (int rep = 1; rep <= reps.count(); rep++) {
                    appendLine(ssml, reps.beat().isEmpty() ? speech.say("routine.count", rep) : reps.beat());
                    ssml.append(pause(reps.hold()));
                    appendLine(ssml, reps.release());
                    ssml.append(pause(reps.rest()));
                }
            } else if (cue instanceof Cue.Switch change) {
                ssml.append(' ').append(SWITCH_SOUND);
                appendLine(ssml, change.text());
                ssml.append(pause(Cue.Switch.SECONDS));
            } else if (cue instanceof Cue.Rest rest) {
                appendLine(ssml, rest.text());
                ssml.append(pause(rest.seconds()));
            } else if (cue instanceof Cue.Say say) {
                appendLine(ssml, say.text());
                ssml.append("<break time=\"300ms\"/>");
            }
        }
        return ssml.toString().trim();
    }

    /** Minutes a step takes at {@code settings}: its guided seconds and the time to say it, at least one. */
    public static int stepMinutes(Speech speech, Routine routine, int step, RoutineSettings settings) {
        double seconds = 0;
        for (Part part : routine.partsOf(step, settings)) {
            Plan plan = Plan.of(part, settings);
            seconds += plan.guidedSeconds() + talkSeconds(cues(speech, plan));
        }
        return Math.max(1, (int) Math.round(seconds / 60));
    }

    /** An estimate of how long an SSML text takes to play: its words at a steady rate, its pauses and sounds. */
    public static double playSeconds(String ssml) {
        return talkSeconds(ssml) + breakSeconds(ssml) + countAudio(ssml);
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

    private static void appendHold(Speech speech, StringBuilder ssml, int seconds) {
        if (seconds < HALFWAY_FROM) {
            ssml.append(pause(seconds));
            return;
        }
        int first = seconds / 2;
        ssml.append(pause(first));
        appendLine(ssml, speech.say("routine.halfway"));
        ssml.append(pause(seconds - first));
    }

    private static String prompt(Speech speech, Routine routine, RoutinePosition position, RoutineSettings settings) {
        return routine.next(position, settings)
                .map(next -> next.step() == position.step()
                        ? speech.say("routine.prompt.nextPart", routine.part(next).name())
                        : speech.say("routine.prompt.nextStep", next.step()))
                .orElseGet(() -> speech.say("routine.prompt.last"));
    }

    private static void appendLine(StringBuilder ssml, String text) {
        if (!text.isEmpty()) {
            ssml.append(' ').append(text);
        }
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
}
