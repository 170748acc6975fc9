package com.morningbackcoach.routine.handler;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.Question;
import com.morningbackcoach.conversation.Reply;
import com.morningbackcoach.routine.Progress;

/** "Shall we step up to level 3 today?", asked before the routine after three good mornings at a level. */
public enum LevelOffer implements Question {
    STEP_UP;

    @Override
    public String id() {
        return "level.offer.step_up";
    }

    @Override
    public Reply ask(Conversation conversation) {
        int level = Coach.level(conversation);
        var speech = conversation.speech();
        return Reply.ask(this, speech.say("level.offer", level, level + 1), speech.say("level.offer.reprompt",
                level, level + 1));
    }

    @Override
    public Reply yes(Conversation conversation) {
        String moved = Coach.move(conversation, true);
        return RoutineFlow.beginAtTheTop(conversation).withLead(moved);
    }

    @Override
    public Reply no(Conversation conversation) {
        var profile = conversation.profile();
        Progress kept = Coach.plan(conversation).progress();
        profile.update(p -> p.withProgress(kept.declinedOn(profile.today())));
        return RoutineFlow.beginAtTheTop(conversation)
                .withLead(conversation.speech().say("level.declined", kept.level()));
    }

    @Override
    public boolean nextMeansYes() {
        return false;
    }
}
