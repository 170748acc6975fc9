package com.morningbackcoach.routine;

import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The skill opened by an Alexa routine for its task: straight into the morning routine. */
class RoutineTaskTest {

    private static final String TASK = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000.StartMorningRoutine";

    private final SkillConversation talk = new SkillConversation(
            TestServices.inMemory(MutableClock.at("2026-11-24T06:30:00Z")));

    @Test
    void taskLaunch_shouldStartTheRoutine_asStartMyRoutineDoes() {
        talk.afterSafetyNote();

        Reply first = talk.launchForTask(TASK, "1");

        assertThat(first.activity()).isEqualTo("routine");
        assertThat(first.question()).isEqualTo("routine.next");
        assertThat(first.speech()).contains("Step 1 of 5");
    }

    @Test
    void taskLaunch_forANewUser_shouldGiveTheSafetyNoteFirst() {
        Reply first = talk.launchForTask(TASK, "1");

        assertThat(first.question()).isEqualTo("routine.offer.safety_note");
    }

    @Test
    void taskLaunch_withAPlaceKeptThisMorning_shouldOfferToCarryOn() {
        talk.afterSafetyNote();
        talk.launch();
        talk.say("StartRoutineIntent");
        talk.say("AMAZON.NextIntent");
        talk.endSession();

        Reply again = talk.launchForTask(TASK, "1");

        assertThat(again.question()).isEqualTo("routine.offer.carry_on");
    }

    @Test
    void aTaskThisSkillDoesNotHave_shouldOpenTheMenuAsAPlainLaunch() {
        Reply otherVersion = talk.launchForTask(TASK, "2");
        Reply otherName = talk.launchForTask("amzn1.ask.skill.x.SomethingElse", "1");

        assertThat(otherVersion.question()).startsWith("home.");
        assertThat(otherName.question()).startsWith("home.");
    }
}
