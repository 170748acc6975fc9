package com.morningbackcoach.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;

import java.util.Set;

import static com.amazon.ask.request.Predicates.intentName;

/** A handler for named intents, which it declares so the interaction model can be checked against it. */
public abstract class IntentHandler extends ConversationHandler {

    private final Set<String> intentNames;

    protected IntentHandler(SkillServices services, String... intentNames) {
        super(services);
        this.intentNames = Set.of(intentNames);
    }

    public final Set<String> intentNames() {
        return intentNames;
    }

    @Override
    protected final boolean canHandle(HandlerInput input, Conversation conversation) {
        return intentNames.stream().anyMatch(name -> input.matches(intentName(name))) && accepts(conversation);
    }

    /** Whether this handler takes its intents in the conversation's current state; all states by default. */
    protected boolean accepts(Conversation conversation) {
        return true;
    }
}
