package com.morningbackcoach.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import java.util.Optional;

import static com.amazon.ask.request.Predicates.intentName;

/** "No", routed to the question the skill just asked; with no question pending it says what is possible. */
public final class NoIntentHandler extends ConversationHandler {

    public NoIntentHandler(SkillServices services) {
        super(services);
    }

    @Override
    protected boolean canHandle(HandlerInput input, Conversation conversation) {
        return input.matches(intentName("AMAZON.NoIntent"));
    }

    @Override
    protected Optional<Response> handle(Conversation conversation) {
        String menu = conversation.speech().say("menu.reprompt");
        return switch (conversation.pending()) {
            case START_ROUTINE -> Replies.ask(conversation, conversation.speech().say("menu.declined"), menu);
            case RESUME_ROUTINE -> Replies.ask(conversation, conversation.speech().say("routine.resumeDeclined"), menu);
            case DELETE_DATA -> Replies.ask(conversation, conversation.speech().say("delete.kept"), menu);
            case NONE -> Prompts.whatNow(conversation, "yesNo.nothingPending");
        };
    }
}
