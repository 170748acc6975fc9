package com.morningbackcoach.routine.handler;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.IntentHandler;
import com.morningbackcoach.conversation.Reply;
import com.morningbackcoach.conversation.Screens;

/** "What level am I on?": the programme's level, then back to where the user was. */
public final class LevelIntentHandler extends IntentHandler {

    public LevelIntentHandler() {
        super("LevelIntent");
    }

    @Override
    protected Reply handle(Conversation conversation) {
        String answer = Coach.current(conversation);
        return Screens.answer(conversation, conversation.backToWhereWeWere(answer),
                conversation.speech().say("screen.level.title"), answer);
    }
}
