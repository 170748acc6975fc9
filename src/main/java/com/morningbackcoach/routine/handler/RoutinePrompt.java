package com.morningbackcoach.routine.handler;

import com.morningbackcoach.conversation.Card;
import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.Question;
import com.morningbackcoach.conversation.Reply;
import com.morningbackcoach.routine.Routine;
import com.morningbackcoach.routine.RoutinePlace;
import com.morningbackcoach.speech.Speech;
import com.morningbackcoach.speech.Ssml;

import java.util.function.BiFunction;

/** The question left open after each step: "say next when you're ready". Yes, okay and ready mean next. */
public enum RoutinePrompt implements Question {
    NEXT;

    @Override
    public String id() {
        return "routine.next";
    }

    @Override
    public Reply ask(Conversation conversation) {
        return withPlace(conversation, (place, speech) -> {
            String step = RoutineSpeech.step(speech, place.position());
            return Reply.ask(this, step, speech.say("routine.reprompt", place.position().step()))
                    .withCard(new Card(speech.say("routine.stepHeader", place.position().step(), Routine.STEP_COUNT),
                            Ssml.plain(speech.say("routine.step." + place.position().step()))));
        });
    }

    @Override
    public Reply prompt(Conversation conversation) {
        return withPlace(conversation, (place, speech) -> Reply.ask(this,
                speech.say("routine.reprompt", place.position().step()),
                speech.say("routine.reprompt", place.position().step())));
    }

    @Override
    public Reply resume(Conversation conversation) {
        return withPlace(conversation, (place, speech) -> Reply.ask(this,
                speech.say("routine.backTo", place.position().step()),
                speech.say("routine.reprompt", place.position().step())));
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
                speech.say("routine.help", place.position().step(), Routine.STEP_COUNT),
                speech.say("routine.reprompt", place.position().step())));
    }

    @Override
    public Reply fallback(Conversation conversation) {
        return prompt(conversation).withLead(conversation.speech().say("routine.notUnderstood"));
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
