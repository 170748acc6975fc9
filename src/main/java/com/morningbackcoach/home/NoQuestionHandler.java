package com.morningbackcoach.home;

import com.morningbackcoach.conversation.Activity;
import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.IntentHandler;
import com.morningbackcoach.conversation.Intents;
import com.morningbackcoach.conversation.Question;
import com.morningbackcoach.conversation.Reply;

import java.util.Optional;

/**
 * Yes, no, "not sure", repeat, help and not-understood when no question is open, as at the start of a session. In an
 * activity, a yes or no is never taken as an answer: the activity's question is asked again. Elsewhere the user hears
 * what is possible, and the menu.
 */
public final class NoQuestionHandler extends IntentHandler {

    public NoQuestionHandler() {
        super(Intents.YES, Intents.NO, Intents.NOT_SURE, Intents.REPEAT, Intents.HELP, Intents.FALLBACK);
    }

    @Override
    protected boolean accepts(Conversation conversation) {
        return conversation.openQuestion().isEmpty();
    }

    @Override
    protected Reply handle(Conversation conversation) {
        Optional<Question> activityQuestion = conversation.currentActivity().map(Activity::resume);
        if (activityQuestion.isPresent()) {
            Question question = activityQuestion.get();
            return switch (conversation.intentName()) {
                case Intents.YES, Intents.NO, Intents.NOT_SURE ->
                        question.resume(conversation).withLead(conversation.speech().say("yesNo.backTo"));
                case Intents.HELP -> question.help(conversation);
                case Intents.REPEAT -> question.ask(conversation);
                default -> question.fallback(conversation);
            };
        }
        var speech = conversation.speech();
        String lead = switch (conversation.intentName()) {
            case Intents.HELP -> speech.say("help.general");
            case Intents.FALLBACK -> speech.say("fallback.general") + " " + speech.say("home.canDo");
            case Intents.REPEAT -> "";
            default -> speech.say("yesNo.nothingPending");
        };
        return HomeOffer.MENU.ask(conversation).withLead(lead);
    }
}
