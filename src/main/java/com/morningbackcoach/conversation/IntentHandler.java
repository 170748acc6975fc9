package com.morningbackcoach.conversation;

import java.util.Set;

/** A handler for named intents, which it declares so the interaction model can be checked against it. */
public abstract class IntentHandler extends ConversationHandler {

    private final Set<String> intentNames;

    protected IntentHandler(String... intentNames) {
        this.intentNames = Set.of(intentNames);
    }

    public final Set<String> intentNames() {
        return intentNames;
    }

    @Override
    protected final boolean canHandle(Conversation conversation) {
        return intentNames.contains(conversation.intentName()) && accepts(conversation);
    }

    /** Whether this handler takes its intents in the conversation's current state; all states by default. */
    protected boolean accepts(Conversation conversation) {
        return true;
    }
}
