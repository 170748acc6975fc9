package com.morningbackcoach.routine.handler;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.Question;
import com.morningbackcoach.conversation.Reply;

/** "Wait", "hold on" in the routine: the place is kept, and continue, next or yes picks the part up again. */
public enum RoutinePause implements Question {
    PAUSED;

    @Override
    public String id() {
        return "routine.paused";
    }

    @Override
    public Reply ask(Conversation conversation) {
        var speech = conversation.speech();
        int step = RoutineFlow.current(conversation).map(place -> place.position().step()).orElse(1);
        return Reply.ask(this, speech.say("routine.paused", step), speech.say("routine.paused.reprompt"));
    }

    @Override
    public Reply prompt(Conversation conversation) {
        return Reply.ask(this, conversation.speech().say("routine.paused.reprompt"));
    }

    /** The part that was paused, from its start. */
    @Override
    public Reply yes(Conversation conversation) {
        return RoutineFlow.continueOrStart(conversation);
    }

    @Override
    public Reply no(Conversation conversation) {
        return prompt(conversation).withLead(conversation.speech().say("routine.noRush"));
    }

    /** Asked twice already: the session ends, the place kept. */
    @Override
    public Reply byDefault(Conversation conversation) {
        String said = RoutineFlow.current(conversation).map(place -> RoutineFlow.stopped(conversation, place))
                .orElseGet(() -> conversation.speech().say("stop.midRoutine", 1));
        conversation.leaveActivity();
        return Reply.tell(said);
    }

    @Override
    public boolean nextMeansYes() {
        return true;
    }
}
