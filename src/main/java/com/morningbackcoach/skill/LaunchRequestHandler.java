package com.morningbackcoach.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;
import com.morningbackcoach.routine.RoutinePosition;
import com.morningbackcoach.routine.handler.RoutineFlow;
import com.morningbackcoach.selfcheck.handler.CheckFlow;
import com.morningbackcoach.speech.Speech;
import com.morningbackcoach.streak.handler.StreakSpeech;
import com.morningbackcoach.user.UserProfile;

import java.time.LocalDate;
import java.util.Optional;

import static com.amazon.ask.request.Predicates.requestType;

/** "Open morning back coach": offers to resume today's routine, or greets with the streak and the choices. */
public final class LaunchRequestHandler extends ConversationHandler {

    public LaunchRequestHandler(SkillServices services) {
        super(services);
    }

    @Override
    protected boolean canHandle(HandlerInput input, Conversation conversation) {
        return input.matches(requestType(LaunchRequest.class));
    }

    @Override
    protected Optional<Response> handle(Conversation conversation) {
        Speech speech = conversation.speech();
        conversation.leaveRoutine();
        Optional<RoutinePosition> unfinished = RoutineFlow.currentStep(conversation);
        if (unfinished.isPresent()) {
            int step = unfinished.get().step();
            conversation.setPending(Pending.RESUME_ROUTINE);
            return Replies.ask(conversation, speech.say("launch.resume", step), speech.say("launch.resume.reprompt", step));
        }
        if (CheckFlow.current(conversation).isPresent()) {
            conversation.setPending(Pending.RESUME_CHECK);
            return Replies.ask(conversation, speech.say("launch.resumeCheck"), speech.say("launch.resumeCheck.reprompt"));
        }
        UserProfile profile = conversation.profile();
        LocalDate today = conversation.today();
        conversation.setPending(Pending.START_ROUTINE);
        String greeting;
        if (!profile.isReturning()) {
            greeting = speech.say("launch.new");
        } else {
            String streak = StreakSpeech.current(speech, profile.streak(), today);
            greeting = profile.streak().isDoneOn(today)
                    ? speech.say("launch.doneToday", streak)
                    : speech.say("launch.returning", streak);
        }
        return Replies.ask(conversation, greeting, speech.say("menu.reprompt"));
    }
}
