package com.morningbackcoach.safety.handler;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.Question;
import com.morningbackcoach.conversation.Reply;
import com.morningbackcoach.routine.handler.RoutineFlow;
import com.morningbackcoach.routine.handler.RoutineSession;
import com.morningbackcoach.speech.Speech;

/** The questions after the user reports pain. The answers route the user; none of them is kept. */
public enum PainCheck implements Question {
    /** "Does it shoot or spread, with numbness, tingling, weakness, swelling or locking?" */
    WARNING_SIGNS {
        @Override
        public Reply ask(Conversation conversation) {
            return Reply.ask(this, conversation.speech(), "pain.warningQuestion");
        }

        @Override
        public Reply prompt(Conversation conversation) {
            return Reply.ask(this, conversation.speech().say("pain.warningQuestion.reprompt"));
        }

        @Override
        public Reply yes(Conversation conversation) {
            return afterWarning(conversation, provider(conversation.speech()));
        }

        @Override
        public Reply no(Conversation conversation) {
            return afterRouting(conversation, conversation.speech().say("pain.noWarning"));
        }

        @Override
        public Reply unsure(Conversation conversation) {
            return yes(conversation);
        }

        /** Asked twice already: to be safe, as if a warning sign came with it. */
        @Override
        public Reply byDefault(Conversation conversation) {
            Speech speech = conversation.speech();
            return afterWarning(conversation, speech.say("pain.providerToBeSafe") + " " + urgent(speech));
        }
    },
    /** In the routine, after plain pain without a warning sign: skip the move that hurt, or stop for today. */
    SKIP_OR_STOP {
        @Override
        public Reply ask(Conversation conversation) {
            return Reply.ask(this, conversation.speech(), "pain.skipOrStop");
        }

        @Override
        public Reply prompt(Conversation conversation) {
            return Reply.ask(this, conversation.speech().say("pain.skipOrStop.reprompt"));
        }

        @Override
        public Reply yes(Conversation conversation) {
            return conversation.activity(RoutineSession.ROUTINE)
                    .map(place -> RoutineFlow.skipMove(conversation, place))
                    .orElseGet(() -> conversation.backToWhereWeWere(""));
        }

        @Override
        public Reply no(Conversation conversation) {
            conversation.leaveActivity();
            return Reply.tell(conversation.speech().say("pain.endHere"));
        }
    };

    @Override
    public String id() {
        return "safety." + (this == WARNING_SIGNS ? "warningSigns" : "skipOrStop");
    }

    @Override
    public Reply help(Conversation conversation) {
        return prompt(conversation).withLead(conversation.speech().say("pain.help"));
    }

    /** After the advice: in the routine, the choice to skip or stop; elsewhere, back to where the user was. */
    static Reply afterRouting(Conversation conversation, String advice) {
        if (conversation.isIn(RoutineSession.ROUTINE)) {
            return SKIP_OR_STOP.ask(conversation).withLead(advice);
        }
        return conversation.backToWhereWeWere(advice);
    }

    /**
     * After a warning sign nothing leads the user to stand or load the back: the routine rests for today, its place
     * kept, and the session ends there; elsewhere, back to where the user was, with the routine no longer offered.
     */
    static Reply afterWarning(Conversation conversation, String advice) {
        boolean inRoutine = conversation.isIn(RoutineSession.ROUTINE);
        RoutineFlow.restForToday(conversation);
        if (inRoutine) {
            conversation.leaveActivity();
            return Reply.tell(advice + " " + conversation.speech().say("pain.restToday"));
        }
        return conversation.backToWhereWeWere(advice);
    }

    static String provider(Speech speech) {
        return speech.say("pain.provider") + " " + urgent(speech);
    }

    static String urgent(Speech speech) {
        return speech.say("pain.urgent", speech.say("emergency.number"));
    }
}
