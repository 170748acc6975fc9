package com.morningbackcoach.selfcheck.handler;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.IntentHandler;
import com.morningbackcoach.conversation.Intents;
import com.morningbackcoach.conversation.OpenQuestionHandler;
import com.morningbackcoach.conversation.Reply;
import com.morningbackcoach.selfcheck.CheckAnswers;

/** Next (the question again), go back, start over and stop while the self-check is under way. */
public final class CheckMovesHandler extends IntentHandler {

    public CheckMovesHandler() {
        super(Intents.NEXT, Intents.PREVIOUS, Intents.START_OVER, Intents.STOP, Intents.CANCEL, Intents.NAVIGATE_HOME);
    }

    @Override
    protected boolean accepts(Conversation conversation) {
        return conversation.isIn(CheckSession.CHECK) && !OpenQuestionHandler.takesNext(conversation);
    }

    @Override
    protected Reply handle(Conversation conversation) {
        CheckAnswers answers = conversation.activity(CheckSession.CHECK).orElseThrow();
        var speech = conversation.speech();
        return switch (conversation.intentName()) {
            case Intents.NEXT -> CheckFlow.askAt(conversation, answers).withLead(speech.say("check.answerFirst"));
            case Intents.PREVIOUS -> answers.answers().isEmpty()
                    ? CheckFlow.askAt(conversation, answers).withLead(speech.say("check.firstQuestion"))
                    : CheckFlow.askAt(conversation, answers.withoutLast()).withLead(speech.say("check.goingBack"));
            case Intents.START_OVER -> CheckFlow.askAt(conversation, CheckAnswers.none())
                    .withLead(speech.say("check.startingOver"));
            case Intents.CANCEL -> conversation.backToEarlierActivity(speech.say("check.cancelled"))
                    .orElseGet(() -> Reply.tell(speech.say("stop.midCheck")));
            default -> {
                conversation.leaveActivity();
                yield Reply.tell(speech.say("stop.midCheck"));
            }
        };
    }
}
