package com.morningbackcoach.app;

import com.amazon.ask.Skill;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.services.ApiClient;
import com.morningbackcoach.account.AccountQuestion;
import com.morningbackcoach.account.DeleteMyDataIntentHandler;
import com.morningbackcoach.account.SkillDisabledRequestHandler;
import com.morningbackcoach.alerts.handler.CancelReminderIntentHandler;
import com.morningbackcoach.alerts.handler.ChangeReminderIntentHandler;
import com.morningbackcoach.alerts.handler.PermissionResponseHandler;
import com.morningbackcoach.alerts.handler.ReminderOffer;
import com.morningbackcoach.alerts.handler.ReminderStatusIntentHandler;
import com.morningbackcoach.alerts.handler.SetReminderIntentHandler;
import com.morningbackcoach.alerts.handler.TimerIntentHandler;
import com.morningbackcoach.alerts.handler.TimerOffer;
import com.morningbackcoach.conversation.ConversationInterceptor;
import com.morningbackcoach.conversation.Dialog;
import com.morningbackcoach.conversation.Intents;
import com.morningbackcoach.conversation.OpenQuestionHandler;
import com.morningbackcoach.conversation.SessionEndedRequestHandler;
import com.morningbackcoach.conversation.SkillExceptionHandler;
import com.morningbackcoach.conversation.SkillServices;
import com.morningbackcoach.conversation.UnhandledRequestHandler;
import com.morningbackcoach.faq.handler.AskQuestionIntentHandler;
import com.morningbackcoach.faq.handler.FaqOffer;
import com.morningbackcoach.faq.handler.WhatCanIAskIntentHandler;
import com.morningbackcoach.home.HomeOffer;
import com.morningbackcoach.home.LaunchRequestHandler;
import com.morningbackcoach.home.MenuMovesHandler;
import com.morningbackcoach.home.NoQuestionHandler;
import com.morningbackcoach.routine.handler.BadBackDayIntentHandler;
import com.morningbackcoach.routine.handler.HowItFelt;
import com.morningbackcoach.routine.handler.LevelIntentHandler;
import com.morningbackcoach.routine.handler.LevelOffer;
import com.morningbackcoach.routine.handler.SoundsIntentHandler;
import com.morningbackcoach.routine.handler.TipsIntentHandler;
import com.morningbackcoach.streak.handler.SetGoalIntentHandler;
import com.morningbackcoach.streak.handler.WeekIntentHandler;
import com.morningbackcoach.routine.handler.AdjustRoutineIntentHandler;
import com.morningbackcoach.routine.handler.CurrentStepIntentHandler;
import com.morningbackcoach.routine.handler.ExplainMoveIntentHandler;
import com.morningbackcoach.routine.handler.RoutineMovesHandler;
import com.morningbackcoach.routine.handler.PauseIntentHandler;
import com.morningbackcoach.routine.handler.ResumeIntentHandler;
import com.morningbackcoach.routine.handler.RoutineOffer;
import com.morningbackcoach.routine.handler.RoutinePause;
import com.morningbackcoach.routine.handler.RoutineSession;
import com.morningbackcoach.routine.handler.RoutineTaskHandler;
import com.morningbackcoach.routine.handler.SkipStepIntentHandler;
import com.morningbackcoach.routine.handler.StartRoutineIntentHandler;
import com.morningbackcoach.routine.handler.StepLengthIntentHandler;
import com.morningbackcoach.routine.handler.StepsLeftIntentHandler;
import com.morningbackcoach.safety.handler.PainCheck;
import com.morningbackcoach.safety.handler.PainIntentHandler;
import com.morningbackcoach.safety.handler.SymptomInWords;
import com.morningbackcoach.selfcheck.handler.CheckMovesHandler;
import com.morningbackcoach.selfcheck.handler.CheckOffer;
import com.morningbackcoach.selfcheck.handler.CheckSession;
import com.morningbackcoach.selfcheck.handler.OldResultIntentHandler;
import com.morningbackcoach.selfcheck.handler.StartCheckIntentHandler;
import com.morningbackcoach.streak.handler.StreakIntentHandler;

import java.util.List;

/** Puts the skill together: every question and activity the features define, and every handler. */
public final class SkillFactory {

    private SkillFactory() {
    }

    /**
     * @param skillId   requests for any other skill are refused; null accepts all (local runs and tests)
     * @param apiClient client for the Alexa service APIs; null when none is wired
     */
    public static Skill create(SkillServices services, String skillId, ApiClient apiClient) {
        CustomSkillBuilder builder = new CustomSkillBuilder()
                .addRequestInterceptor(new ConversationInterceptor(services, dialog()))
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

    /** Every question a feature asks and every activity it keeps, so ids in the session can be read back. */
    public static Dialog dialog() {
        return Dialog.withHome(HomeOffer.MENU)
                .touchable(Intents.YES, Intents.NO, Intents.NOT_SURE, Intents.NEXT, Intents.PREVIOUS, Intents.REPEAT,
                        "StartRoutineIntent", "CheckMyBackIntent", "WhatCanIAskIntent")
                .activity(RoutineSession.ROUTINE)
                .activity(CheckSession.CHECK)
                .add(List.of(HomeOffer.values()))
                .add(List.of(RoutineOffer.values()))
                .add(List.of(LevelOffer.values()))
                .add(List.of(HowItFelt.values()))
                .add(List.of(RoutinePause.values()))
                .add(List.of(CheckOffer.values()))
                .add(List.of(FaqOffer.values()))
                .add(List.of(PainCheck.values()))
                .add(List.of(AccountQuestion.values()))
                .add(List.of(ReminderOffer.values()))
                .add(List.of(TimerOffer.values()))
                .reroute(new SymptomInWords())
                .pickUp(RoutineOffer::pickUp);
    }

    /**
     * Every request handler. For any request in any state exactly one of them, the last excepted, takes it, so
     * their order does not matter; the last takes whatever no other does.
     */
    public static List<RequestHandler> handlers(SkillServices services) {
        return List.of(
                new LaunchRequestHandler(),
                new OpenQuestionHandler(),
                new NoQuestionHandler(),
                new MenuMovesHandler(),
                new RoutineMovesHandler(),
                new CheckMovesHandler(),
                new StartRoutineIntentHandler(),
                new CurrentStepIntentHandler(),
                new StepsLeftIntentHandler(),
                new SkipStepIntentHandler(),
                new ExplainMoveIntentHandler(),
                new StepLengthIntentHandler(),
                new AdjustRoutineIntentHandler(),
                new LevelIntentHandler(),
                new TipsIntentHandler(),
                new SoundsIntentHandler(),
                new BadBackDayIntentHandler(),
                new WeekIntentHandler(),
                new SetGoalIntentHandler(),
                new PauseIntentHandler(),
                new ResumeIntentHandler(),
                new PainIntentHandler(),
                new StartCheckIntentHandler(),
                new OldResultIntentHandler(),
                new StreakIntentHandler(),
                new AskQuestionIntentHandler(),
                new WhatCanIAskIntentHandler(),
                new DeleteMyDataIntentHandler(),
                new SetReminderIntentHandler(),
                new ChangeReminderIntentHandler(),
                new CancelReminderIntentHandler(),
                new ReminderStatusIntentHandler(),
                new TimerIntentHandler(),
                new PermissionResponseHandler(),
                new RoutineTaskHandler(),
                new SessionEndedRequestHandler(),
                new SkillDisabledRequestHandler(services),
                new UnhandledRequestHandler());
    }
}
