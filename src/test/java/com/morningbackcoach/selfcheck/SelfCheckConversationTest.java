package com.morningbackcoach.selfcheck;

import com.morningbackcoach.testing.DynamoDbTestStore;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SelfCheckConversationTest {

    private final DynamoDbTestStore db = new DynamoDbTestStore();
    private final MutableClock clock = MutableClock.at("2026-11-03T07:00:00Z");
    private final SkillConversation talk = new SkillConversation(TestServices.with(db.store(), clock, ZoneId.of("UTC")))
            .afterSafetyNote();

    @AfterEach
    void close() {
        db.close();
    }

    private static String intentFor(char answer) {
        return switch (answer) {
            case 'Y' -> "AMAZON.YesIntent";
            case 'N' -> "AMAZON.NoIntent";
            default -> "NotSureIntent";
        };
    }

    /** Every attribute a stored profile may have: streak, routine place and settings, time zone, version. */
    private static final List<String> PROFILE_ATTRIBUTES = List.of("pk", "sk", "currentStreak", "bestStreak",
            "totalMornings", "lastMorning", "lastCompletedAt", "placeRoutine", "placeStep", "placePart", "placeMorning",
            "placeSavedAt", "pace", "length", "gentle", "safetyNoteGiven", "tips", "audio", "level", "levelSetOn", "levelAskedOn",
            "levelDeclinedOn", "mornings", "weeklyGoal", "weekToldOn", "timeZone", "timeZoneCheckedAt", "version");

    private Reply check(String answers) {
        talk.launch();
        Reply reply = talk.say("CheckMyBackIntent");
        for (char answer : answers.toCharArray()) {
            reply = talk.say(intentFor(answer));
        }
        return reply;
    }

    private List<Map<String, AttributeValue>> storedItems() {
        return db.client().scan(b -> b.tableName(db.table())).items();
    }

    @Test
    void allYes_shouldBeLikelyBenign_withTheDisclaimer() {
        Reply verdict = check("YYYYYYY");

        assertThat(verdict.speech()).contains("likely benign", "general information, not a diagnosis")
                .doesNotContain("physical therapist");
        assertThat(verdict.endsSession()).isFalse();
        assertThat(verdict.cardTitle()).isEqualTo("Your self-check");
        assertThat(verdict.cardText()).contains("likely benign").doesNotContain("<");
    }

    @Test
    void noToPainAndInjury_shouldAdviseAProfessional_nameThem_andAddTheFirmSentence() {
        Reply verdict = check("YNYYYYN");

        assertThat(verdict.speech()).contains("physical therapist, chiropractor, or orthopedic specialist",
                "pain or swelling", "a recent injury", "see a healthcare provider", "not a diagnosis");
    }

    @Test
    void opening_shouldSayTheAnswersAreNotKept() {
        talk.launch();

        assertThat(talk.say("CheckMyBackIntent").speech()).contains("never keep them", "Question 1 of 7");
    }

    @Test
    void everyQuestion_shouldBeAskedOnceInOrder() {
        talk.launch();
        Reply reply = talk.say("CheckMyBackIntent");
        for (int question = 1; question <= 7; question++) {
            assertThat(reply.speech()).contains("Question " + question + " of 7");
            reply = talk.say("AMAZON.YesIntent");
        }
        assertThat(reply.speech()).doesNotContain("Question");
    }

    @Test
    void notSure_shouldCountAsNo_andBeExplainedOnce() {
        talk.launch();
        talk.say("CheckMyBackIntent");

        assertThat(talk.say("NotSureIntent").speech()).contains("count not sure as a no");
        assertThat(talk.say("NotSureIntent").speech()).doesNotContain("count not sure");
        Reply verdict = talk.say("AMAZON.YesIntent");
        for (int i = 0; i < 4; i++) {
            verdict = talk.say("AMAZON.YesIntent");
        }

        assertThat(verdict.speech()).contains("no to 2 questions", "each joint cracking only once", "pain or swelling");
    }

    @Test
    void questionAskedMidCheck_shouldBeAnswered_thenThePendingQuestionAskedAgain_andOnlyThenAnswered() {
        talk.launch();
        talk.say("CheckMyBackIntent");
        talk.say("AMAZON.YesIntent");
        talk.say("AMAZON.YesIntent");

        Reply detour = talk.say("WhyDoesMyBackCrackIntent");

        assertThat(detour.speech()).contains("cavitation", "Back to question 3", "looser and easier to move")
                .doesNotContain("What else");
        assertThat(talk.say("AMAZON.YesIntent").speech()).contains("Question 4 of 7");
        assertThat(talk.checkAnswers()).isEqualTo("YYY");
    }

    @Test
    void longAnswerMidCheck_yesToTheRest_shouldNotBeRecordedAsAnAnswer() {
        talk.launch();
        talk.say("CheckMyBackIntent");
        talk.say("AMAZON.NoIntent");
        talk.say("AskQuestionIntent", Map.of("topic", "causes|CAUSES"));

        Reply rest = talk.say("AMAZON.YesIntent");

        assertThat(rest.speech()).contains("cartilage", "Back to question 2");
        assertThat(talk.checkAnswers()).isEqualTo("N");
    }

    @Test
    void next_shouldAskTheSameQuestionAgain_previousShouldGoBack_startOverShouldRestart() {
        talk.launch();
        talk.say("CheckMyBackIntent");
        talk.say("AMAZON.NoIntent");
        talk.say("AMAZON.YesIntent");

        assertThat(talk.say("AMAZON.NextIntent").speech()).contains("Question 3 of 7");
        assertThat(talk.checkAnswers()).isEqualTo("NY");
        assertThat(talk.say("AMAZON.PreviousIntent").speech()).contains("Question 2 of 7");
        assertThat(talk.checkAnswers()).isEqualTo("N");
        assertThat(talk.say("AMAZON.StartOverIntent").speech()).contains("Question 1 of 7");
        assertThat(talk.checkAnswers()).isEmpty();
    }

    @Test
    void repeat_shouldAskTheSameQuestion() {
        talk.launch();
        talk.say("CheckMyBackIntent");
        talk.say("AMAZON.NoIntent");

        assertThat(talk.say("AMAZON.RepeatIntent").speech()).contains("Question 2 of 7");
        assertThat(talk.checkAnswers()).isEqualTo("N");
    }

    @Test
    void helpMidCheck_shouldExplainTheAnswersAndKeepThePlace() {
        talk.launch();
        talk.say("CheckMyBackIntent");
        talk.say("AMAZON.YesIntent");

        Reply help = talk.say("AMAZON.HelpIntent");

        assertThat(help.speech()).contains("not sure", "go back", "feel comfortable");
        assertThat(talk.say("AMAZON.YesIntent").speech()).contains("Question 3 of 7");
    }

    @Test
    void afterTheVerdict_yesShouldStartTheRoutine_andRepeatShouldSayTheVerdictAgain() {
        Reply verdict = check("YYYYYYY");

        assertThat(verdict.speech()).contains("Shall we start today's routine?");
        assertThat(talk.say("AMAZON.RepeatIntent").speech()).contains("likely benign", "today's routine");
        assertThat(talk.say("AMAZON.YesIntent").speech()).contains("Step 1 of 5");
    }

    @Test
    void stopMidCheck_shouldSayAnswersAreNotKept_andALaterLaunchShouldNotOfferThem() {
        talk.launch();
        talk.say("CheckMyBackIntent");
        talk.say("AMAZON.YesIntent");

        assertThat(talk.say("AMAZON.StopIntent").speech()).contains("don't keep the answers");
        clock.advance(Duration.ofMinutes(10));

        assertThat(talk.launch().speech()).doesNotContain("self-check earlier");
        assertThat(talk.say("CheckMyBackIntent").speech()).contains("Question 1 of 7");
    }

    @Test
    void askingForAnOldResult_shouldSayPlainlyThatAnswersAreNotKept() {
        check("YNYYYYN");
        talk.endSession();

        Reply last = talk.say("LastCheckIntent");

        assertThat(last.speech()).contains("don't keep self-check answers, by design");
    }

    @Test
    void afterAFullCheck_noStoredItemOrAttributeShouldHoldAnAnswer() {
        talk.launch();
        talk.say("StartRoutineIntent");
        check("YNUYNUY");
        talk.say("AMAZON.StopIntent");

        List<Map<String, AttributeValue>> items = storedItems();
        assertThat(items).isNotEmpty().allSatisfy(item -> {
            assertThat(item.get("sk").s()).isEqualTo("PROFILE");
            assertThat(item.keySet()).isSubsetOf(PROFILE_ATTRIBUTES);
            assertThat(item.values()).noneSatisfy(value -> assertThat(value.s()).matches("[YNU]{1,7}"));
        });
    }

    @Test
    void yesAndNotSureOutOfContext_shouldGetAHelpfulAnswer() {
        assertThat(talk.say("AMAZON.YesIntent").speech()).contains("haven't asked you anything", "routine");
        talk.endSession();
        assertThat(talk.say("NotSureIntent").speech()).contains("haven't asked you anything");
    }
}
