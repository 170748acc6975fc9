package com.morningbackcoach.safety;

import com.morningbackcoach.conversation.SkillServices;
import com.morningbackcoach.testing.ConversationState;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.morningbackcoach.testing.TestStores.stored;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a warning sign nothing leads the user to stand or load the back: the routine rests for today with its place
 * kept, a numb, weak or giving-way leg is told to sit or lie down first, and no step is led again in that session.
 * Pain said again while the warning signs are asked about is taken as one, never the same question again.
 */
class AfterAWarningSignTest {

    private final SkillServices services = TestServices.inMemory(MutableClock.at("2026-11-24T07:00:00Z"));
    private final SkillConversation talk = new SkillConversation(services);

    @Test
    void aNumbLegMidRoutine_shouldSitDownFirst_thenGetHelp_andRestTheRoutineForToday_placeKept() {
        ConversationState.ROUTINE_3.reach(talk);

        Reply reply = talk.say("PainIntent", Map.of("symptom", "my leg is numb|NUMB"));

        String said = reply.speech();
        assertThat(said).contains("sit or lie down", "see a healthcare provider", "no more of the routine today",
                "kept your place").doesNotContain("ease out of it", "stand", "Say next", "skip");
        assertThat(said.indexOf("sit or lie down")).isLessThan(said.indexOf("healthcare provider"));
        assertThat(reply.endsSession()).isTrue();
        assertThat(stored(services.store(), talk.userId()).savedPlaceIfAny()).isPresent();
    }

    @Test
    void aLegThatGaveWay_shouldNeverHearEaseOutOfIt() {
        ConversationState.ROUTINE_1.reach(talk);

        Reply reply = talk.say("PainIntent", Map.of("symptom", "my leg gave way|SUDDEN_WEAKNESS"));

        assertThat(reply.speech()).startsWith("Stop now. Before anything else, sit or lie down")
                .contains("urgent care").doesNotContain("ease out of it");
    }

    @Test
    void yesToTheWarningSigns_midRoutine_shouldRestTheRoutine_notOfferToGoOn() {
        ConversationState.ROUTINE_3.reach(talk);
        talk.say("PainIntent");

        Reply reply = talk.say("AMAZON.YesIntent");

        assertThat(reply.speech()).contains("see a healthcare provider", "no more of the routine today")
                .doesNotContain("skip", "Say next");
        assertThat(reply.endsSession()).isTrue();
    }

    @Test
    void afterAWarningSignAtTheMenu_theRoutineShouldNotBeOfferedOrLed_inThatSession() {
        ConversationState.MENU.reach(talk);

        Reply warned = talk.say("PainIntent", Map.of("symptom", "tingling|TINGLING"));
        Reply start = talk.say("StartRoutineIntent");
        Reply next = talk.say("AMAZON.NextIntent");

        assertThat(warned.speech()).doesNotContain("start today's routine");
        assertThat(start.speech()).contains("leave the routine for today").doesNotContain("Step 1 of 5");
        assertThat(next.speech()).doesNotContain("Step 1 of 5", "Step 2 of 5");
        assertThat(next.activity()).isNotEqualTo("routine");
    }

    @Test
    void inSpanish_aNumbLeg_shouldSitDownFirst_andRestTheRoutine() {
        ConversationState.ROUTINE_3.reach(talk);
        talk.inLocale("es-US");

        Reply reply = talk.say("PainIntent", Map.of("symptom", "se me duerme la pierna|NUMB"));

        assertThat(reply.speech()).contains("siéntate o recuéstate", "profesional de la salud",
                "hoy no seguimos con la rutina").doesNotContain("sal de él despacio");
        assertThat(reply.endsSession()).isTrue();
    }

    @Test
    void plainPainAgain_atTheWarningQuestion_shouldBeTakenAsAWarningSign_andRestTheRoutine() {
        ConversationState.ROUTINE_1.reach(talk);

        Reply asked = talk.say("PainIntent");
        Reply again = talk.say("PainIntent");

        assertThat(asked.speech()).contains("shoot or spread");
        assertThat(again.speech()).startsWith("Stop that movement now")
                .contains("to be safe, please see a healthcare provider", "no more of the routine today")
                .doesNotContain("shoot or spread", "Those are warning signs");
        assertThat(again.endsSession()).isTrue();
    }

    @Test
    void plainPain_afterTheWarningQuestionWasAnswered_shouldAskItAgain() {
        ConversationState.ROUTINE_1.reach(talk);

        talk.say("PainIntent");
        talk.say("AMAZON.NoIntent");
        Reply later = talk.say("PainIntent");

        assertThat(later.speech()).contains("shoot or spread");
    }
}
