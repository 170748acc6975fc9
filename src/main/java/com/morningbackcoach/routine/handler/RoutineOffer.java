package com.morningbackcoach.routine.handler;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.Question;
import com.morningbackcoach.conversation.Reply;

/** The routine's offers to pick up a place kept from earlier this morning. */
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
        public Reply no(Conversation conversation) {
            return RoutineFlow.start(conversation, conversation.speech().say("routine.fromTheTop"));
        }
    };

    /** The name under which a declined routine is noted, so the menu does not offer it again this session. */
    public static final String DECLINED = "routine";

    @Override
    public String id() {
        return "routine.offer." + name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public Reply yes(Conversation conversation) {
        return RoutineFlow.continueOrStart(conversation);
    }

    private static int step(Conversation conversation) {
        return RoutineFlow.current(conversation).map(place -> place.position().step()).orElse(1);
    }
}
