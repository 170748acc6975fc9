package com.morningbackcoach.selfcheck.handler;

import com.amazon.ask.model.Response;
import com.morningbackcoach.selfcheck.CheckAnswers;
import com.morningbackcoach.skill.Conversation;
import com.morningbackcoach.skill.IntentHandler;
import com.morningbackcoach.skill.SkillServices;

import java.util.Optional;

/** "Check my back": starts the self-check, or picks up today's unfinished one. */
public final class StartCheckIntentHandler extends IntentHandler {

    public StartCheckIntentHandler(SkillServices services) {
        super(services, "CheckMyBackIntent");
    }

    @Override
    protected Optional<Response> handle(Conversation conversation) {
        conversation.leaveRoutine();
        Optional<CheckAnswers> unfinished = CheckFlow.current(conversation);
        if (unfinished.isPresent()) {
            return CheckFlow.askNext(conversation, unfinished.get(), conversation.speech().say("check.resuming"));
        }
        return CheckFlow.askNext(conversation, CheckAnswers.none(), conversation.speech().say("check.intro"));
    }
}
