package com.morningbackcoach.routine.handler;

import com.morningbackcoach.alerts.handler.ReminderOffer;
import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.Question;
import com.morningbackcoach.conversation.Reply;

/**
 * "Next time: easier, the same, or harder?", after the third morning at a level. The answer moves the level or keeps
 * it; the answer itself is never stored, only the date the question was asked, so it is not asked two mornings running.
 */
public enum HowItFelt implements Question {
    NEXT_TIME;

    @Override
    public String id() {
        return "level.how_it_felt";
    }

    @Override
    public Reply ask(Conversation conversation) {
        var speech = conversation.speech();
        return Reply.ask(this, speech.say("howItFelt.ask"), speech.say("howItFelt.reprompt"));
    }

    @Override
    public Reply prompt(Conversation conversation) {
        var speech = conversation.speech();
        return Reply.ask(this, speech.say("howItFelt.reprompt"), speech.say("howItFelt.reprompt"));
    }

    /** Yes or no to a three-way question keeps the level as it is. */
    @Override
    public Reply yes(Conversation conversation) {
        return same(conversation);
    }

    @Override
    public Reply no(Conversation conversation) {
        return same(conversation);
    }

    @Override
    public Reply fallback(Conversation conversation) {
        return prompt(conversation).withLead(conversation.speech().say("howItFelt.notUnderstood"));
    }

    @Override
    public Reply byDefault(Conversation conversation) {
        return same(conversation);
    }

    static Reply same(Conversation conversation) {
        return afterAnswer(conversation, conversation.speech().say("howItFelt.same"));
    }

    /** The level moved as asked, then the rest of the morning's goodbye. */
    static Reply answered(Conversation conversation, boolean harder) {
        return afterAnswer(conversation, Coach.move(conversation, harder));
    }

    private static Reply afterAnswer(Conversation conversation, String said) {
        var speech = conversation.speech();
        return ReminderOffer.afterMorning(conversation, conversation.profile().get().streak())
                .map(offer -> offer.withLead(said))
                .orElseGet(() -> Reply.tell(said + " " + Coach.vary(conversation, "variety.comeBack", "farewell")));
    }
}
