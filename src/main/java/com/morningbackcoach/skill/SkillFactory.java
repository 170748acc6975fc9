package com.morningbackcoach.skill;

import com.amazon.ask.Skill;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.services.ApiClient;
import com.morningbackcoach.faq.handler.AskQuestionIntentHandler;
import com.morningbackcoach.faq.handler.WhatCanIAskIntentHandler;
import com.morningbackcoach.routine.handler.CurrentStepIntentHandler;
import com.morningbackcoach.selfcheck.handler.CheckAnswerIntentHandler;
import com.morningbackcoach.selfcheck.handler.CheckInProgressIntentHandler;
import com.morningbackcoach.selfcheck.handler.LastCheckIntentHandler;
import com.morningbackcoach.selfcheck.handler.StartCheckIntentHandler;
import com.morningbackcoach.routine.handler.NextStepIntentHandler;
import com.morningbackcoach.routine.handler.PreviousStepIntentHandler;
import com.morningbackcoach.routine.handler.RepeatStepIntentHandler;
import com.morningbackcoach.routine.handler.StartRoutineIntentHandler;
import com.morningbackcoach.routine.handler.StepsLeftIntentHandler;
import com.morningbackcoach.streak.handler.StreakIntentHandler;
import com.morningbackcoach.user.handler.DeleteMyDataIntentHandler;
import com.morningbackcoach.user.handler.SkillDisabledRequestHandler;

import java.util.List;

/** Puts the skill together: every handler, in the order they are asked. */
public final class SkillFactory {

    private SkillFactory() {
    }

    /**
     * @param skillId   requests for any other skill are refused; null accepts all (local runs and tests)
     * @param apiClient client for the Alexa service APIs (Settings API); null when none is wired
     */
    public static Skill create(SkillServices services, String skillId, ApiClient apiClient) {
        CustomSkillBuilder builder = new CustomSkillBuilder()
                .addRequestHandlers(handlers(services).toArray(RequestHandler[]::new))
                .addExceptionHandler(new SkillExceptionHandler());
        if (skillId != null && !skillId.isBlank()) {
            builder.withSkillId(skillId);
        }
        if (apiClient != null) {
            builder.withApiClient(apiClient);
        }
        return builder.build();
    }

    /** Every request handler, in the order the dispatcher asks them. */
    public static List<RequestHandler> handlers(SkillServices services) {
        return List.of(
                new LaunchRequestHandler(services),
                new CheckAnswerIntentHandler(services),
                new CheckInProgressIntentHandler(services),
                new StartCheckIntentHandler(services),
                new LastCheckIntentHandler(services),
                new StartRoutineIntentHandler(services),
                new NextStepIntentHandler(services),
                new PreviousStepIntentHandler(services),
                new RepeatStepIntentHandler(services),
                new CurrentStepIntentHandler(services),
                new StepsLeftIntentHandler(services),
                new StreakIntentHandler(services),
                new AskQuestionIntentHandler(services),
                new WhatCanIAskIntentHandler(services),
                new DeleteMyDataIntentHandler(services),
                new YesIntentHandler(services),
                new NoIntentHandler(services),
                new HelpIntentHandler(services),
                new StopIntentHandler(services),
                new FallbackIntentHandler(services),
                new SessionEndedRequestHandler(),
                new SkillDisabledRequestHandler(services.store()),
                new UnhandledRequestHandler(services));
    }
}
