package com.morningbackcoach.skill;

import com.amazon.ask.model.Response;
import com.morningbackcoach.routine.Routine;
import com.morningbackcoach.routine.RoutinePosition;

import java.util.Optional;

/** Help that fits where the user is; in the routine it explains the commands and keeps the place. */
public final class HelpIntentHandler extends IntentHandler {

    public HelpIntentHandler(SkillServices services) {
        super(services, "AMAZON.HelpIntent");
    }

    @Override
    protected Optional<Response> handle(Conversation conversation) {
        Optional<RoutinePosition> step = conversation.sessionStep();
        if (step.isPresent()) {
            return Replies.ask(conversation,
                    conversation.speech().say("routine.help", step.get().step(), Routine.STEP_COUNT),
                    conversation.speech().say("routine.reprompt"));
        }
        return Replies.ask(conversation, conversation.speech().say("help.general"), conversation.speech().say("menu.reprompt"));
    }
}
