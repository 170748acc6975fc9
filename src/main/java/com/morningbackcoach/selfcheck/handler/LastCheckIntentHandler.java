package com.morningbackcoach.selfcheck.handler;

import com.amazon.ask.model.Response;
import com.morningbackcoach.selfcheck.CheckResult;
import com.morningbackcoach.skill.Conversation;
import com.morningbackcoach.skill.IntentHandler;
import com.morningbackcoach.skill.Replies;
import com.morningbackcoach.skill.SkillServices;
import com.morningbackcoach.speech.Speech;

import java.util.Optional;

/** "How did my last check go?": the last self-check's day and verdict. */
public final class LastCheckIntentHandler extends IntentHandler {

    public LastCheckIntentHandler(SkillServices services) {
        super(services, "LastCheckIntent");
    }

    @Override
    protected Optional<Response> handle(Conversation conversation) {
        Speech speech = conversation.speech();
        Optional<CheckResult> last = conversation.profile().lastCheckIfAny();
        String answer = last
                .map(result -> speech.say("check.last", VerdictSpeech.spokenDate(result))
                        + " " + VerdictSpeech.of(speech, result, Optional.empty()))
                .orElseGet(() -> speech.say("check.noneYet"));
        String next = speech.say("check.whatNext");
        return Replies.ask(conversation, answer + " " + next, speech.say("menu.reprompt"));
    }
}
