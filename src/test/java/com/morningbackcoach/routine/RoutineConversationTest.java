package com.morningbackcoach.routine;

import com.morningbackcoach.routine.handler.StepSsml;
import com.morningbackcoach.testing.DynamoDbTestStore;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static com.morningbackcoach.testing.TestStores.stored;
import static org.assertj.core.api.Assertions.assertThat;

class RoutineConversationTest {

    private final DynamoDbTestStore db = new DynamoDbTestStore();
    private final MutableClock clock = MutableClock.at("2026-11-24T07:00:00Z");
    private final SkillConversation talk = new SkillConversation(TestServices.with(db.store(), clock, ZoneId.of("UTC")));

    @BeforeEach
    void userWhoHeardTheSafetyNote() {
        talk.afterSafetyNote();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Reply startAndGoTo(String phrase) {
        talk.launch();
        Reply reply = talk.say("StartRoutineIntent");
        for (int turn = 0; !reply.speech().contains(phrase); turn++) {
            assertThat(turn).as("turns to reach %s", phrase).isLessThan(20);
            reply = talk.say("AMAZON.NextIntent");
        }
        return reply;
    }

    @Test
    void launch_newUser_shouldOfferRoutineSelfCheckAndQuestions() {
        Reply reply = new SkillConversation(TestServices.inMemory(clock)).launch();

        assertThat(reply.speech()).contains("welcome to Morning Back Coach", "routine", "self-check", "questions");
        assertThat(reply.endsSession()).isFalse();
        assertThat(reply.hasReprompt()).isTrue();
    }

    @Test
    void wholeRoutine_shouldGoInBedFirst_thenUp_water_stretches_core_andCountTheMorning() {
        talk.launch();
        Reply first = talk.say("StartRoutineIntent");
        StringBuilder heard = new StringBuilder(first.speech());
        Reply reply = first;
        int turns = 0;
        while (!reply.endsSession()) {
            reply = talk.say("AMAZON.NextIntent");
            heard.append(" | ").append(reply.speech());
            turns++;
        }
        String all = heard.toString();

        assertThat(first.speech()).contains("Step 1 of 5: Wake up slowly", "don't sit up yet", "Breathe in", "If anything hurts");
        assertThat(all.indexOf("Flatten, and hold")).isLessThan(all.indexOf("Roll onto your side"));
        assertThat(all.indexOf("Roll onto your side")).isLessThan(all.indexOf("drink your glass of water"));
        assertThat(all.indexOf("drink your glass of water")).isLessThan(all.indexOf("your hamstrings"));
        assertThat(all.indexOf("your hamstrings")).isLessThan(all.indexOf("Step 5 of 5"));
        assertThat(all.indexOf("Step 5 of 5")).isLessThan(all.indexOf("bird dogs"));
        assertThat(reply.speech()).contains("whole routine", "first morning");
        assertThat(turns).isEqualTo(15);
        assertThat(stored(db.store(), talk.userId()).streak().total()).isEqualTo(1);
    }

    @Test
    void eachStep_shouldSayItsPurposeAndLengthFirst_thenLeadTheHoldsAndCounts() {
        Reply step2 = startAndGoTo("Step 2 of 5");

        assertThat(step2.speech()).startsWith("Step 2 of 5: Gentle mobility in bed. This loosens your lower back")
                .contains("About", "minute", "Flatten, and hold.", "And relax.", "Say next for knee hugs");
        assertThat(step2.ssml()).contains("<break time=\"5s\"/>");
        assertThat(StepSsml.breakSeconds(step2.ssml())).isGreaterThanOrEqualTo(5 * 5);
    }

    @Test
    void stretches_shouldHoldEachSideWithPausesOfAtMostTenSeconds_andAChimeToSwitch() {
        Reply hamstrings = startAndGoTo("one leg straight out");

        assertThat(hamstrings.speech()).contains("Hold.", "Halfway.", "Now the other leg.", "Say next for your glutes");
        assertThat(hamstrings.ssml()).contains("amzn_sfx_bell_short_chime_01").doesNotContain("time=\"11s\"");
        assertThat(hamstrings.ssml().split("<break time=\"10s\"/>", -1).length - 1).isEqualTo(4);
    }

    @Test
    void stopIfItHurts_shouldBeSaidTheFirstTimeAStepIsHeard_notOnRepeat() {
        Reply step = startAndGoTo("Step 2 of 5");

        assertThat(step.speech()).contains("stop if anything hurts");
        assertThat(talk.say("AMAZON.RepeatIntent").speech()).contains("Step 2 of 5").doesNotContain("stop if anything hurts");
    }

    @Test
    void everyStepsReprompt_shouldSayHowToComeBackLater() {
        Reply step = startAndGoTo("Step 3 of 5");

        assertThat(step.reprompt()).contains("Say next", "Alexa, ask Morning Back Coach for the next step");
    }

    @Test
    void yesOkayReadyAndDone_shouldMeanNext() {
        startAndGoTo("Step 1 of 5");

        assertThat(talk.say("AMAZON.YesIntent").speech()).contains("Step 2 of 5");
        assertThat(talk.say("AMAZON.NextIntent").speech()).contains("knee hugs");
    }

    @Test
    void slower_shouldLengthenTheHoldsFromThenOn_andBeRememberedNextSession() {
        Reply steady = startAndGoTo("one leg straight out");
        double steadyPause = StepSsml.breakSeconds(steady.ssml());

        Reply slower = talk.say("AdjustRoutineIntent", Map.of("change", "slower|SLOWER"));
        Reply glutes = talk.say("AMAZON.NextIntent");

        assertThat(slower.speech()).contains("speak more slowly and hold each stretch longer", "go on with step 4");
        assertThat(StepSsml.breakSeconds(glutes.ssml())).isGreaterThan(steadyPause);
        assertThat(glutes.ssml()).contains("<prosody rate=\"90%\">");
        assertThat(steady.ssml()).doesNotContain("<prosody");
        assertThat(stored(db.store(), talk.userId()).settings().pace()).isEqualTo(Pace.SLOW);
        talk.endSession();
        Reply nextSession = startAndGoTo("one leg straight out");
        assertThat(StepSsml.breakSeconds(nextSession.ssml())).isGreaterThan(steadyPause);
        assertThat(talk.say("AdjustRoutineIntent", Map.of("change", "slower|SLOWER")).speech())
                .contains("already on the slowest pace");
    }

    @Test
    void shorterRoutine_andGentleVersion_shouldBeRemembered_andChangeWhatIsLed() {
        startAndGoTo("Step 2 of 5");

        talk.say("AdjustRoutineIntent", Map.of("change", "shorter routine|SHORTER_ROUTINE"));
        Reply gentle = talk.say("AdjustRoutineIntent", Map.of("change", "go easy|GENTLE"));
        Reply knees = talk.say("AMAZON.NextIntent");

        assertThat(gentle.speech()).contains("gentle version from now on");
        assertThat(knees.speech()).contains("Hug one knee").doesNotContain("Hug both knees");
        RoutineSettings stored = stored(db.store(), talk.userId()).settings();
        assertThat(stored.length()).isEqualTo(Length.SHORT);
        assertThat(stored.gentle()).isTrue();
    }

    @Test
    void skipThisStep_shouldGoToTheNextStep_andAFinishedRoutineWithSkipsStillCounts() {
        startAndGoTo("Step 3 of 5");

        Reply skipped = talk.say("SkipStepIntent");
        assertThat(skipped.speech()).contains("skipping ahead", "Step 4 of 5");
        Reply reply = skipped;
        while (!reply.speech().contains("Step 5 of 5")) {
            reply = talk.say("SkipStepIntent");
        }
        Reply finished = talk.say("SkipStepIntent");

        assertThat(finished.speech()).contains("whole routine", "first morning");
        assertThat(stored(db.store(), talk.userId()).streak().total()).isEqualTo(1);
    }

    @Test
    void howDoIDoADeadBug_shouldExplainIt_andKeepThePlace() {
        startAndGoTo("Step 2 of 5");

        Reply named = talk.say("ExplainMoveIntent", Map.of("move", "dead bug|DEAD_BUG"));
        Reply current = talk.say("ExplainMoveIntent");

        assertThat(named.speech()).contains("sitting", "opposite arm", "go on with step 2");
        assertThat(current.speech()).contains("small of your back presses into the bed");
        assertThat(talk.say("AMAZON.NextIntent").speech()).contains("knee hugs");
    }

    @Test
    void howLongIsThisOne_shouldGiveTheStepAndTheRoutineLength_atTheUsersPace() {
        startAndGoTo("one leg straight out");

        Reply length = talk.say("StepLengthIntent");

        assertThat(length.speech()).containsPattern("This step takes about \\d+ minutes at your pace")
                .containsPattern("The whole routine takes about \\d+ minutes");
    }

    @Test
    void repeat_shouldSpeakTheSamePartAgain() {
        talk.launch();
        talk.say("StartRoutineIntent");
        String step2 = talk.say("AMAZON.NextIntent").ssml();
        talk.say("AMAZON.NextIntent");
        talk.say("AMAZON.PreviousIntent");

        assertThat(talk.say("AMAZON.RepeatIntent").speech()).contains("Step 2 of 5", "Flatten, and hold.");
        assertThat(step2).contains("Flatten");
    }

    @Test
    void previous_shouldGoBackOnePart_andNotBeforeTheFirst() {
        startAndGoTo("Hug one knee gently");

        assertThat(talk.say("AMAZON.PreviousIntent").speech()).contains("Step 2 of 5");
        assertThat(talk.say("AMAZON.PreviousIntent").speech()).contains("Step 1 of 5");
        assertThat(talk.say("AMAZON.PreviousIntent").speech()).contains("very first part", "Step 1 of 5");
    }

    @Test
    void stopMidRoutine_shouldEndTheSessionAndKeepThePlace_andNextLaterShouldGoOn() {
        startAndGoTo("Step 2 of 5");

        Reply stop = talk.say("AMAZON.StopIntent");
        clock.advance(Duration.ofMinutes(4));

        assertThat(stop.endsSession()).isTrue();
        assertThat(stop.speech()).contains("step 2", "ask Morning Back Coach for the next step");
        assertThat(talk.say("AMAZON.NextIntent").speech()).contains("knee hugs");
    }

    @Test
    void oneShotStart_withoutLaunch_shouldLeadStepOne() {
        Reply reply = talk.say("StartRoutineIntent");

        assertThat(reply.speech()).contains("Step 1 of 5");
        assertThat(reply.endsSession()).isFalse();
    }

    @Test
    void firstRoutineEver_shouldGiveTheSafetyNote_andYesShouldKeepOnlyTheGentlePreference() {
        SkillConversation newcomer = new SkillConversation(TestServices.with(db.store(), clock, ZoneId.of("UTC")))
                .asUser("amzn1.ask.account.NEWCOMER");
        newcomer.launch();

        Reply note = newcomer.say("StartRoutineIntent");
        Reply first = newcomer.say("AMAZON.YesIntent");

        assertThat(note.speech()).contains("recent fall or injury", "osteoporosis", "back surgery",
                "healthcare provider", "gentle version");
        assertThat(first.speech()).contains("gentle version it is", "Step 1 of 5");
        RoutineSettings settings = stored(db.store(), "amzn1.ask.account.NEWCOMER").settings();
        assertThat(settings.gentle()).isTrue();
        assertThat(settings.safetyNoteGiven()).isTrue();
        newcomer.endSession();
        newcomer.launch();
        assertThat(newcomer.say("StartRoutineIntent").speech()).doesNotContain("safety note").contains("Step 1 of 5");
    }

    @Test
    void safetyNote_startSaidInsteadOfAnAnswer_shouldAskTheShortQuestion_notTheWholeNoteAgain() {
        SkillConversation newcomer = new SkillConversation(TestServices.with(db.store(), clock, ZoneId.of("UTC")))
                .asUser("amzn1.ask.account.SLEEPY");
        newcomer.launch();
        newcomer.say("StartRoutineIntent");

        Reply afterStart = newcomer.say("StartRoutineIntent");

        assertThat(afterStart.speech()).contains("gentle version").doesNotContain("osteoporosis", "Step 1");
        assertThat(afterStart.endsSession()).isFalse();
        assertThat(newcomer.say("AMAZON.NoIntent").speech()).contains("standard version", "Step 1 of 5");
    }

    @Test
    void stepCard_shouldShowTheStepAndItsCuesAsPlainText() {
        Reply step = startAndGoTo("Step 2 of 5");

        assertThat(step.cardTitle()).isEqualTo("Step 2 of 5: Gentle mobility in bed");
        assertThat(step.cardText()).contains("presses into the bed", "Flatten").doesNotContain("<", "break");
    }
}
