package com.morningbackcoach.routine.handler;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.IntentHandler;
import com.morningbackcoach.conversation.Reply;

/**
 * "My back is bad today": this morning's routine becomes the short, gentle one done in bed, with a sentence on
 * flare-ups. It counts as a morning; it changes no level, and nothing about it is kept but that it was done.
 */
public final class BadBackDayIntentHandler extends IntentHandler {

    public BadBackDayIntentHandler() {
        super("BadBackDayIntent");
    }

    @Override
    protected Reply handle(Conversation conversation) {
        return RoutineFlow.startBadBackDay(conversation);
    }
}
