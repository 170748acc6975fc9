package com.morningbackcoach.conversation;

/**
 * A question the skill asks, owned by the feature that asks it, with what yes and no mean. The session keeps the id
 * of the question open after each reply, and the base routes the answer here without knowing the feature.
 */
public interface Question {

    /** Unique among registered questions; kept in the session. */
    String id();

    /** Asks the question in full, as it was first asked; "repeat" says this again. */
    Reply ask(Conversation conversation);

    Reply yes(Conversation conversation);

    Reply no(Conversation conversation);

    /** The short form, asked again after help, a misunderstanding or a detour. */
    default Reply prompt(Conversation conversation) {
        return ask(conversation);
    }

    /** "I'm not sure": a gentle nudge and the question again. */
    default Reply unsure(Conversation conversation) {
        return prompt(conversation).withLead(conversation.speech().say("question.unsure"));
    }

    /** Help that explains this question and keeps it open. */
    default Reply help(Conversation conversation) {
        var speech = conversation.speech();
        return prompt(conversation).withLead(speech.say("question.help") + " " + speech.say("question.wayOut"));
    }

    /** Words the model could not place while this question was open. */
    default Reply fallback(Conversation conversation) {
        return prompt(conversation).withLead(conversation.speech().say("question.notUnderstood"));
    }

    /** After a detour (an answer, a streak), the way back to this question. */
    default Reply resume(Conversation conversation) {
        return prompt(conversation);
    }

    /**
     * What a go-on word ("next", "done", "ready", "let's go") means when this question takes "next": yes where
     * {@link #nextMeansYes}, else the question again; a question with a natural default says so here.
     */
    default Reply goOn(Conversation conversation) {
        return nextMeansYes() ? yes(conversation) : prompt(conversation);
    }

    /**
     * The safe default, taken instead of asking this question a third time in a row, saying what was chosen: no,
     * unless the question says otherwise.
     */
    default Reply byDefault(Conversation conversation) {
        return no(conversation).withLead(conversation.speech().say("question.takenAsNo"));
    }

    /** Whether "next" or "go on" means yes to this question, as for "want the rest?". */
    default boolean nextMeansYes() {
        return false;
    }

    /**
     * Whether "next" only asks this question again, so that a "next" said out of habit does not start anything, as
     * after the last step of the routine.
     */
    default boolean nextAsksAgain() {
        return false;
    }
}
