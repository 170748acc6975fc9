package com.morningbackcoach.skill;

import com.amazon.ask.model.Response;
import com.morningbackcoach.faq.handler.FaqFollowUp;

import java.util.Optional;

/** "No", routed to the question the skill just asked; with no question pending it says what is possible. */
public final class NoIntentHandler extends IntentHandler {

    public NoIntentHandler(SkillServices services) {
        super(services, "AMAZON.NoIntent");
    }

    @Override
    protected Optional<Response> handle(Conversation conversation) {
        String menu = conversation.speech().say("menu.reprompt");
        return switch (conversation.pending()) {
            case START_ROUTINE -> Replies.ask(conversation, conversation.speech().say("menu.declined"), menu);
            case RESUME_ROUTINE -> Replies.ask(conversation, conversation.speech().say("routine.resumeDeclined"), menu);
            case DELETE_DATA -> Replies.ask(conversation, conversation.speech().say("delete.kept"), menu);
            case FAQ_MORE -> FaqFollowUp.no(conversation);
            case RESUME_CHECK -> Replies.ask(conversation, conversation.speech().say("check.resumeDeclined"), menu);
            case NONE -> Prompts.whatNow(conversation, "yesNo.nothingPending");
        };
    }
}
