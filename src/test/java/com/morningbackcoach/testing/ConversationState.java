package com.morningbackcoach.testing;

import java.util.Map;
import java.util.function.Consumer;

/**
 * The states a conversation can be in when the next request arrives, and how a user gets there. Every state but
 * the safety note starts from a user who already heard the one-time safety note.
 */
public enum ConversationState {
    MENU(SkillConversation::launch),
    ROUTINE_1(talk -> routineAt(talk, 1)),
    ROUTINE_3(talk -> routineAt(talk, 3)),
    ROUTINE_5_LAST_PART(talk -> {
        routineAt(talk, 5);
        while (!talk.lastReply().speech().contains("Say done")) {
            talk.say("AMAZON.NextIntent");
        }
    }),
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
    SAFETY_NOTE(talk -> {
        talk.launch();
        talk.say("AMAZON.YesIntent");
    }, false),
    PAIN_QUESTION(talk -> {
        routineAt(talk, 2);
        talk.say("PainIntent");
    }),
    PAIN_SKIP_OR_STOP(talk -> {
        routineAt(talk, 2);
        talk.say("PainIntent");
        talk.say("AMAZON.NoIntent");
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
    private final boolean safetyNoteHeard;

    ConversationState(Consumer<SkillConversation> reach) {
        this(reach, true);
    }

    ConversationState(Consumer<SkillConversation> reach, boolean safetyNoteHeard) {
        this.reach = reach;
        this.safetyNoteHeard = safetyNoteHeard;
    }

    /** Takes {@code talk} into this state. */
    public void reach(SkillConversation talk) {
        if (safetyNoteHeard) {
            talk.afterSafetyNote();
        }
        reach.accept(talk);
    }

    /** The first part of step {@code step}. */
    private static void routineAt(SkillConversation talk, int step) {
        talk.launch();
        Reply reply = talk.say("StartRoutineIntent");
        for (int turn = 0; !reply.speech().contains("Step " + step + " of"); turn++) {
            if (turn > 20) {
                throw new AssertionError("Never reached step " + step);
            }
            reply = talk.say("AMAZON.NextIntent");
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
