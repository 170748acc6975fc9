package com.morningbackcoach.skill;

import com.amazon.ask.model.Response;
import com.morningbackcoach.routine.RoutinePosition;

import java.util.Optional;

/** The short "here is what you can say" answers, which depend on whether the user is mid-routine. */
public final class Prompts {

    private Prompts() {
    }

    /** In the routine: where the user is and the routine commands. Elsewhere: {@code menuKey} and the menu. */
    public static Optional<Response> whatNow(Conversation conversation, String menuKey) {
        Optional<RoutinePosition> step = conversation.sessionStep();
        if (step.isPresent()) {
            return Replies.ask(conversation, conversation.speech().say("fallback.routine", step.get().step()),
                    conversation.speech().say("routine.reprompt"));
        }
        return Replies.ask(conversation, conversation.speech().say(menuKey), conversation.speech().say("menu.reprompt"));
    }
}
