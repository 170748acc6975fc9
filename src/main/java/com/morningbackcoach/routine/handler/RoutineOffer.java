package com.morningbackcoach.routine.handler;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.Question;
import com.morningbackcoach.conversation.Reply;

import java.util.Optional;

/** The routine's offers: picking up a place kept this morning, and the one-time safety note before the first routine. */
public enum RoutineOffer implements Question {
    /** At launch: yes picks up, no leaves the place for later and goes on to the menu. */
    RESUME {
        @Override
        public Reply ask(Conversation conversation) {
            int step = step(conversation);
            return Reply.ask(this, conversation.speech().say("routine.offer.resume", step),
                    conversation.speech().say("routine.offer.resume.reprompt", step));
        }

        @Override
        public Reply yes(Conversation conversation) {
            return RoutineFlow.continueOrStart(conversation);
        }

        @Override
        public boolean nextMeansYes() {
            return true;
        }

        @Override
        public Reply no(Conversation conversation) {
            conversation.decline(DECLINED);
            return conversation.dialog().home().ask(conversation)
                    .withLead(conversation.speech().say("routine.offer.resume.declined"));
        }
    },
    /** On "start my routine" with a place kept: yes carries on, no starts from the top. */
    CARRY_ON {
        @Override
        public Reply ask(Conversation conversation) {
            int step = step(conversation);
            return Reply.ask(this, conversation.speech().say("routine.offer.carryOn", step),
                    conversation.speech().say("routine.offer.carryOn.reprompt", step));
        }

        @Override
        public Reply yes(Conversation conversation) {
            return RoutineFlow.continueOrStart(conversation);
        }

        @Override
        public boolean nextMeansYes() {
            return true;
        }

        @Override
        public Reply no(Conversation conversation) {
            return RoutineFlow.beginAtTheTop(conversation).withLead(conversation.speech().say("routine.fromTheTop"));
        }
    },
    /**
     * Before a user's first routine: who should check with a provider first, and whether to use the gentle version.
     * Only the preference is kept, never why.
     */
    SAFETY_NOTE {
        @Override
        public Reply ask(Conversation conversation) {
            return Reply.ask(this, conversation.speech(), "routine.safety");
        }

        @Override
        public Reply prompt(Conversation conversation) {
            return Reply.ask(this, conversation.speech().say("routine.safety.reprompt"));
        }

        @Override
        public boolean nextAsksAgain() {
            return true;
        }

        /** "Next", "ready", "let's go": the standard version, from step 1. */
        @Override
        public Reply goOn(Conversation conversation) {
            return no(conversation);
        }

        /** Asked twice already: the gentle version, the safer start, and the user hears how to change it. */
        @Override
        public Reply byDefault(Conversation conversation) {
            return gentle(conversation, "routine.safety.byDefault");
        }

        @Override
        public Reply yes(Conversation conversation) {
            return gentle(conversation, "routine.safety.gentle");
        }

        @Override
        public Reply no(Conversation conversation) {
            conversation.profile().update(profile ->
                    profile.withSettings(profile.settings().withGentle(false).withSafetyNoteGiven()));
            return RoutineFlow.beginAtTheTop(conversation).withLead(conversation.speech().say("routine.safety.standard"));
        }
    };

    /** The name under which a declined routine is noted, so the menu does not offer it again this session. */
    public static final String DECLINED = "routine";

    @Override
    public String id() {
        return "routine.offer." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** "Back to step 3?": the offer to pick up the routine kept this morning, when there is one. */
    public static Optional<Reply> pickUp(Conversation conversation) {
        var speech = conversation.speech();
        return RoutineFlow.current(conversation).filter(place -> !RoutineFlow.isResting(conversation))
                .map(place -> Reply.ask(RESUME, speech.say("routine.offer.backTo", place.position().step()),
                        speech.say("routine.offer.resume.reprompt", place.position().step())));
    }

    private static Reply gentle(Conversation conversation, String saidKey) {
        conversation.profile().update(profile ->
                profile.withSettings(profile.settings().withGentle(true).withSafetyNoteGiven()));
        return RoutineFlow.beginAtTheTop(conversation).withLead(conversation.speech().say(saidKey));
    }

    private static int step(Conversation conversation) {
        return RoutineFlow.current(conversation).map(place -> place.position().step()).orElse(1);
    }
}
