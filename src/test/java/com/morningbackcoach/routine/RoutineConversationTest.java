package com.morningbackcoach.routine;

import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoutineConversationTest {

    private final MutableClock clock = MutableClock.at("2026-11-24T07:00:00Z");
    private SkillConversation talk;

    @BeforeEach
    void setUp() {
        talk = new SkillConversation(TestServices.inMemory(clock));
    }

    @Test
    void launch_newUser_shouldOfferRoutineSelfCheckAndQuestions() {
        Reply reply = talk.launch();

        assertThat(reply.speech()).contains("welcome to Morning Back Coach", "routine", "self-check", "questions");
        assertThat(reply.endsSession()).isFalse();
        assertThat(reply.hasReprompt()).isTrue();
    }

    @Test
    void wholeRoutine_stepByStep_shouldSpeakEveryStepInOrderAndAcknowledgeTheEnd() {
        talk.launch();

        assertThat(talk.say("StartRoutineIntent").speech()).contains("Step 1 of 5", "onto your side", "Say next");
        assertThat(talk.say("AMAZON.NextIntent").speech()).contains("Step 2 of 5", "pelvis", "knees", "twists");
        assertThat(talk.say("AMAZON.NextIntent").speech()).contains("Step 3 of 5", "full glass", "discs");
        assertThat(talk.say("AMAZON.NextIntent").speech()).contains("Step 4 of 5", "hamstrings", "hip flexors", "glutes");
        Reply last = talk.say("AMAZON.NextIntent");
        assertThat(last.speech()).contains("Step 5 of 5", "five minutes", "dead bugs", "Say done");
        Reply finished = talk.say("AMAZON.NextIntent");

        assertThat(finished.speech()).contains("all five steps", "first morning");
        assertThat(finished.endsSession()).isTrue();
    }

    @Test
    void yesToTheLaunchOffer_shouldStartAtStepOne() {
        talk.launch();

        assertThat(talk.say("AMAZON.YesIntent").speech()).contains("Step 1 of 5");
    }

    @Test
    void repeat_shouldSpeakTheSameStepAgain() {
        talk.launch();
        talk.say("StartRoutineIntent");
        String step2 = talk.say("AMAZON.NextIntent").speech();

        assertThat(talk.say("AMAZON.RepeatIntent").speech()).isEqualTo(step2);
    }

    @Test
    void previous_shouldGoBackOneStep_andNotBeforeTheFirst() {
        talk.launch();
        talk.say("StartRoutineIntent");
        talk.say("AMAZON.NextIntent");
        talk.say("AMAZON.NextIntent");

        assertThat(talk.say("AMAZON.PreviousIntent").speech()).contains("Step 2 of 5");
        assertThat(talk.say("AMAZON.PreviousIntent").speech()).contains("Step 1 of 5");
        assertThat(talk.say("AMAZON.PreviousIntent").speech()).contains("first step", "Step 1 of 5");
    }

    @Test
    void startOver_midRoutine_shouldGoBackToStepOne() {
        talk.launch();
        talk.say("StartRoutineIntent");
        talk.say("AMAZON.NextIntent");
        talk.say("AMAZON.NextIntent");

        assertThat(talk.say("AMAZON.StartOverIntent").speech()).contains("Step 1 of 5");
        assertThat(talk.say("AMAZON.NextIntent").speech()).contains("Step 2 of 5");
    }

    @Test
    void whereAmI_andStepsLeft_shouldAnswerFromTheCurrentStep() {
        talk.launch();
        talk.say("StartRoutineIntent");
        talk.say("AMAZON.NextIntent");

        assertThat(talk.say("CurrentStepIntent").speech()).contains("step 2 of 5");
        assertThat(talk.say("StepsLeftIntent").speech()).contains("3 more");
        talk.say("AMAZON.NextIntent");
        talk.say("AMAZON.NextIntent");
        assertThat(talk.say("StepsLeftIntent").speech()).contains("just one more");
        talk.say("AMAZON.NextIntent");
        assertThat(talk.say("StepsLeftIntent").speech()).contains("last step");
    }

    @Test
    void helpMidRoutine_shouldExplainCommandsAndKeepThePlace() {
        talk.launch();
        talk.say("StartRoutineIntent");
        talk.say("AMAZON.NextIntent");
        talk.say("AMAZON.NextIntent");

        Reply help = talk.say("AMAZON.HelpIntent");

        assertThat(help.speech()).contains("step 3 of 5", "next", "repeat", "go back", "start over");
        assertThat(help.endsSession()).isFalse();
        assertThat(talk.say("AMAZON.NextIntent").speech()).contains("Step 4 of 5");
    }

    @Test
    void fallbackMidRoutine_shouldKeepThePlace() {
        talk.launch();
        talk.say("StartRoutineIntent");

        assertThat(talk.say("AMAZON.FallbackIntent").speech()).contains("step 1");
        assertThat(talk.say("AMAZON.NextIntent").speech()).contains("Step 2 of 5");
    }

    @Test
    void stopMidRoutine_shouldEndTheSessionAndKeepThePlaceForLater() {
        talk.launch();
        talk.say("StartRoutineIntent");
        talk.say("AMAZON.NextIntent");

        Reply stop = talk.say("AMAZON.StopIntent");

        assertThat(stop.endsSession()).isTrue();
        assertThat(stop.speech()).contains("step 2");
        assertThat(talk.say("AMAZON.NextIntent").speech()).contains("Step 3 of 5");
    }

    @Test
    void cancelAndNavigateHome_shouldEndTheSession() {
        talk.launch();
        assertThat(talk.say("AMAZON.CancelIntent").endsSession()).isTrue();
        talk.launch();
        assertThat(talk.say("AMAZON.NavigateHomeIntent").endsSession()).isTrue();
    }

    @Test
    void oneShotStart_withoutLaunch_shouldSpeakStepOne() {
        Reply reply = talk.say("StartRoutineIntent");

        assertThat(reply.speech()).contains("Step 1 of 5");
        assertThat(reply.endsSession()).isFalse();
    }

    @Test
    void oneShotNext_afterSessionTimedOut_shouldContinueWhereTheUserLeftOff() {
        talk.launch();
        talk.say("StartRoutineIntent");
        talk.say("AMAZON.NextIntent");
        talk.endSession();
        clock.advance(java.time.Duration.ofMinutes(4));

        assertThat(talk.say("AMAZON.NextIntent").speech()).contains("Step 3 of 5");
    }

    @Test
    void sessionEnded_shouldBeAcceptedWithoutSpeech() {
        talk.launch();

        Reply reply = talk.send(SkillConversation.fixture("SessionEndedRequest"));

        assertThat(reply.ssml()).isEmpty();
    }
}
