package com.morningbackcoach.testing;

import java.util.Map;
import java.util.function.Consumer;

/** The states a conversation can be in when the next request arrives, and how a user gets there. */
public enum ConversationState {
    MENU(SkillConversation::launch),
    ROUTINE_1(talk -> routineAt(talk, 1)),
    ROUTINE_3(talk -> routineAt(talk, 3)),
    ROUTINE_5(talk -> routineAt(talk, 5)),
    CHECK_1(talk -> checkAt(talk, 1)),
    CHECK_7(talk -> checkAt(talk, 7)),
    FAQ_MORE(talk -> {
        talk.launch();
        talk.say("AskQuestionIntent", Map.of("topic", "causes|CAUSES"));
    }),
    FAQ_MORE_MID_ROUTINE(talk -> {
        routineAt(talk, 2);
        talk.say("AskQuestionIntent", Map.of("topic", "causes|CAUSES"));
    }),
    HOME_CHECK(talk -> {
        talk.launch();
        talk.say("AMAZON.NoIntent");
    }),
    HOME_QUESTIONS(talk -> {
        talk.launch();
        talk.say("AMAZON.NoIntent");
        talk.say("AMAZON.NoIntent");
    }),
    RESUME_OFFER(talk -> {
        routineAt(talk, 3);
        talk.endSession();
        talk.launch();
    }),
    CARRY_ON_OFFER(talk -> {
        routineAt(talk, 3);
        talk.say("StartRoutineIntent");
    }),
    AFTER_VERDICT(talk -> {
        checkAt(talk, 7);
        talk.say("AMAZON.YesIntent");
    }),
    FAQ_ANOTHER(talk -> {
        talk.launch();
        talk.say("WhyDoesMyBackCrackIntent");
    }),
    FAQ_TOPICS(talk -> {
        talk.launch();
        talk.say("WhatCanIAskIntent");
    }),
    DELETE_CONFIRMATION(talk -> {
        talk.launch();
        talk.say("DeleteMyDataIntent");
    }),
    ONE_SHOT(talk -> { }),
    ENDED_MID_ROUTINE(talk -> {
        routineAt(talk, 3);
        talk.endSession();
    });

    private final Consumer<SkillConversation> reach;

    ConversationState(Consumer<SkillConversation> reach) {
        this.reach = reach;
    }

    /** Takes {@code talk} into this state. */
    public void reach(SkillConversation talk) {
        reach.accept(talk);
    }

    private static void routineAt(SkillConversation talk, int step) {
        talk.launch();
        talk.say("StartRoutineIntent");
        for (int i = 1; i < step; i++) {
            talk.say("AMAZON.NextIntent");
        }
    }

    private static void checkAt(SkillConversation talk, int question) {
        talk.launch();
        talk.say("CheckMyBackIntent");
        for (int i = 1; i < question; i++) {
            talk.say("AMAZON.YesIntent");
        }
    }
}
