package com.morningbackcoach.conversation;

/** Last in line: any request in a session no other handler took, such as an intent this skill does not know. */
public final class UnhandledRequestHandler extends ConversationHandler {

    @Override
    protected boolean canHandle(Conversation conversation) {
        return true;
    }

    @Override
    protected Reply handle(Conversation conversation) {
        return conversation.backToWhereWeWere(conversation.speech().say("unhandled"));
    }
}
