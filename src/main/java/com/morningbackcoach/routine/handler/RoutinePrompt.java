package com.morningbackcoach.routine.handler;

import com.morningbackcoach.conversation.Card;
import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.Question;
import com.morningbackcoach.conversation.Reply;
import com.morningbackcoach.conversation.Screen;
import com.morningbackcoach.routine.Coaching;
import com.morningbackcoach.routine.Plan;
import com.morningbackcoach.routine.Routine;
import com.morningbackcoach.routine.RoutinePlace;
import com.morningbackcoach.routine.RoutineSettings;
import com.morningbackcoach.speech.Speech;
import com.morningbackcoach.speech.Ssml;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

/** The question left open after each part: "say next when you're ready". Yes, okay and ready mean next. */
public enum RoutinePrompt implements Question {
    NEXT;

    @Override
    public String id() {
        return "routine.next";
    }

    /** The whole part, led as the coach leads it. */
    @Override
    public Reply ask(Conversation conversation) {
        return withPlace(conversation, (place, speech) -> {
            Routine routine = RoutineFlow.routine(conversation, place.routineId());
            int step = place.position().step();
            boolean firstHearing = markHeard(conversation, step);
            RoutineSettings settings = RoutineFlow.settings(conversation);
            Coaching coaching = Coach.coaching(conversation, place.routineId());
            StepSsml.Led led = StepSsml.lead(speech, routine, place.position(), settings, firstHearing, coaching);
            String title = speech.say("card.step.title", step, routine.stepCount(), routine.step(step).name());
            String text = Ssml.plain(StepSsml.cues(speech,
                    Plan.of(routine.part(place.position()), settings, coaching.level())));
            return Reply.ask(this, led.ssml(), reprompt(speech)).withCard(new Card(title, text))
                    .withScreen(StepScreen.of(speech, routine, place.position(), settings, led.holds(),
                            coaching.level()))
                    .withAudio(settings.audio().apply(led.audio()));
        });
    }

    @Override
    public Reply prompt(Conversation conversation) {
        return withPlace(conversation, (place, speech) -> Reply.ask(this,
                speech.say("routine.where", place.position().step()) + " " + speech.say("routine.prompt.short"),
                reprompt(speech)).withScreen(stillScreen(conversation, place)));
    }

    @Override
    public Reply resume(Conversation conversation) {
        return withPlace(conversation, (place, speech) ->
                Reply.ask(this, speech.say("routine.backTo", place.position().step()), reprompt(speech))
                        .withScreen(stillScreen(conversation, place)));
    }

    /** The part's screen without a countdown, for replies that lead no hold. */
    private static Screen stillScreen(Conversation conversation, RoutinePlace place) {
        return StepScreen.of(conversation.speech(), RoutineFlow.routine(conversation, place.routineId()),
                place.position(), RoutineFlow.settings(conversation), List.of(), RoutineFlow.level(conversation));
    }

    @Override
    public Reply yes(Conversation conversation) {
        return RoutineFlow.current(conversation)
                .map(place -> RoutineFlow.next(conversation, place))
                .orElseGet(() -> RoutineFlow.start(conversation, ""));
    }

    @Override
    public Reply no(Conversation conversation) {
        return prompt(conversation).withLead(conversation.speech().say("routine.noRush"));
    }

    @Override
    public Reply help(Conversation conversation) {
        return withPlace(conversation, (place, speech) -> Reply.ask(this,
                speech.say("routine.help", place.position().step(),
                        RoutineFlow.routine(conversation, place.routineId()).stepCount()),
                reprompt(speech)));
    }

    @Override
    public Reply fallback(Conversation conversation) {
        var speech = conversation.speech();
        return prompt(conversation).withLead(speech.say("routine.notUnderstood") + " " + speech.say("routine.canDo"));
    }

    /** Asked twice already: a pause, the place kept. */
    @Override
    public Reply byDefault(Conversation conversation) {
        return RoutinePause.PAUSED.ask(conversation);
    }

    private static String reprompt(Speech speech) {
        return speech.say("routine.reprompt");
    }

    /** Notes that step {@code step} was heard this session; true the first time. */
    private static boolean markHeard(Conversation conversation, int step) {
        String heard = conversation.get(RoutineSession.STEPS_HEARD).orElse("");
        if (Arrays.asList(heard.split(",")).contains(Integer.toString(step))) {
            return false;
        }
        conversation.set(RoutineSession.STEPS_HEARD, heard.isEmpty() ? Integer.toString(step) : heard + "," + step);
        return true;
    }

    /** The reply at the user's place; with no place left (a new day), the menu. */
    private Reply withPlace(Conversation conversation, BiFunction<RoutinePlace, Speech, Reply> reply) {
        return RoutineFlow.current(conversation)
                .map(place -> {
                    conversation.enter(RoutineSession.ROUTINE, place);
                    return reply.apply(place, conversation.speech());
                })
                .orElseGet(() -> conversation.backToWhereWeWere(conversation.speech().say("routine.notStarted")));
    }
}
