package com.morningbackcoach.user.handler;

import com.amazon.ask.model.Response;
import com.morningbackcoach.skill.Conversation;
import com.morningbackcoach.skill.IntentHandler;
import com.morningbackcoach.skill.Pending;
import com.morningbackcoach.skill.Replies;
import com.morningbackcoach.skill.SkillServices;

import java.util.Optional;

/** "Delete my data": asks for a yes first; the yes itself is handled with the other yes answers. */
public final class DeleteMyDataIntentHandler extends IntentHandler {

    public DeleteMyDataIntentHandler(SkillServices services) {
        super(services, "DeleteMyDataIntent");
    }

    @Override
    protected Optional<Response> handle(Conversation conversation) {
        conversation.setPending(Pending.DELETE_DATA);
        return Replies.ask(conversation, conversation.speech().say("delete.confirm"),
                conversation.speech().say("delete.confirm.reprompt"));
    }
}
