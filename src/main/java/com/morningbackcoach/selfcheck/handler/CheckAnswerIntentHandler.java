package com.morningbackcoach.selfcheck.handler;

import com.amazon.ask.model.Response;
import com.amazon.ask.request.RequestHelper;
import com.morningbackcoach.selfcheck.CheckAnswer;
import com.morningbackcoach.skill.Conversation;
import com.morningbackcoach.skill.IntentHandler;
import com.morningbackcoach.skill.Mode;
import com.morningbackcoach.skill.Prompts;
import com.morningbackcoach.skill.SkillServices;

import java.util.Optional;

/** Yes, no or "I'm not sure" to a self-check question. "Not sure" outside the check says what is possible. */
public final class CheckAnswerIntentHandler extends IntentHandler {

    static final String NOT_SURE = "NotSureIntent";

    public CheckAnswerIntentHandler(SkillServices services) {
        super(services, "AMAZON.YesIntent", "AMAZON.NoIntent", NOT_SURE);
    }

    @Override
    protected boolean accepts(Conversation conversation) {
        return conversation.mode() == Mode.CHECK || NOT_SURE.equals(intent(conversation));
    }

    @Override
    protected Optional<Response> handle(Conversation conversation) {
        if (conversation.mode() != Mode.CHECK) {
            return Prompts.whatNow(conversation, "yesNo.nothingPending");
        }
        CheckAnswer answer = switch (intent(conversation)) {
            case "AMAZON.YesIntent" -> CheckAnswer.YES;
            case "AMAZON.NoIntent" -> CheckAnswer.NO;
            default -> CheckAnswer.UNSURE;
        };
        return CheckFlow.answer(conversation, answer);
    }

    private static String intent(Conversation conversation) {
        return RequestHelper.forHandlerInput(conversation.input()).getIntentName();
    }
}
