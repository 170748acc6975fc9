package com.morningbackcoach.selfcheck.handler;

import com.amazon.ask.model.Response;
import com.amazon.ask.request.RequestHelper;
import com.morningbackcoach.selfcheck.CheckAnswers;
import com.morningbackcoach.skill.Conversation;
import com.morningbackcoach.skill.IntentHandler;
import com.morningbackcoach.skill.Mode;
import com.morningbackcoach.skill.SkillServices;
import com.morningbackcoach.speech.Speech;

import java.util.Optional;

/** Repeat, go back, help and not-understood while a self-check question is open; each keeps the place. */
public final class CheckInProgressIntentHandler extends IntentHandler {

    public CheckInProgressIntentHandler(SkillServices services) {
        super(services, "AMAZON.RepeatIntent", "AMAZON.PreviousIntent", "AMAZON.HelpIntent", "AMAZON.FallbackIntent");
    }

    @Override
    protected boolean accepts(Conversation conversation) {
        return conversation.mode() == Mode.CHECK;
    }

    @Override
    protected Optional<Response> handle(Conversation conversation) {
        CheckAnswers answers = CheckFlow.current(conversation).orElse(CheckAnswers.none());
        Speech speech = conversation.speech();
        return switch (RequestHelper.forHandlerInput(conversation.input()).getIntentName()) {
            case "AMAZON.PreviousIntent" -> answers.answers().isEmpty()
                    ? CheckFlow.askNext(conversation, answers, speech.say("check.firstQuestion"))
                    : CheckFlow.askNext(conversation, answers.withoutLast(), speech.say("check.goingBack"));
            case "AMAZON.HelpIntent" -> CheckFlow.askNext(conversation, answers, speech.say("check.help"));
            case "AMAZON.FallbackIntent" -> CheckFlow.askNext(conversation, answers, speech.say("check.notUnderstood"));
            default -> CheckFlow.askNext(conversation, answers, "");
        };
    }
}
