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
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SelfCheckConversationTest {

    private final DynamoDbTestStore db = new DynamoDbTestStore();
    private final MutableClock clock = MutableClock.at("2026-11-03T07:00:00Z");
    private final SkillConversation talk = new SkillConversation(TestServices.with(db.store(), clock, ZoneId.of("UTC")));

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

    private Reply check(String answers) {
        talk.launch();
        Reply reply = talk.say("CheckMyBackIntent");
        for (char answer : answers.toCharArray()) {
            reply = talk.say(intentFor(answer));
        }
        return reply;
    }

    private List<Map<String, AttributeValue>> storedChecks() {
        return db.client().query(b -> b.tableName(db.table()).keyConditionExpression("pk = :pk and begins_with(sk, :c)")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("USER#" + talk.userId()),
                        ":c", AttributeValue.fromS("CHECK#")))).items();
    }

    @Test
    void allYes_shouldBeLikelyBenign_withTheDisclaimer() {
        Reply verdict = check("YYYYYYY");

        assertThat(verdict.speech()).contains("likely benign", "general information, not a diagnosis")
                .doesNotContain("physical therapist");
        assertThat(verdict.endsSession()).isFalse();
    }

    @Test
    void noToPainAndInjury_shouldAdviseAProfessional_nameThem_andAddTheFirmSentence() {
        Reply verdict = check("YNYYYYN");

        assertThat(verdict.speech()).contains("physical therapist, chiropractor, or orthopedic specialist",
                "pain or swelling", "a recent injury", "see a healthcare provider", "not a diagnosis");
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
        for (int i = 0; i < 3; i++) {
            verdict = talk.say("AMAZON.YesIntent");
        }
        verdict = talk.say("AMAZON.YesIntent");

        assertThat(verdict.speech()).contains("no to 2 questions", "each joint cracking only once", "pain or swelling");
    }

    @Test
    void repeat_shouldAskTheSameQuestion_andGoBackShouldChangeThePreviousAnswer() {
        talk.launch();
        talk.say("CheckMyBackIntent");
        talk.say("AMAZON.NoIntent");

        assertThat(talk.say("AMAZON.RepeatIntent").speech()).contains("Question 2 of 7");
        assertThat(talk.say("AMAZON.PreviousIntent").speech()).contains("Question 1 of 7");
        for (int i = 0; i < 7; i++) {
            talk.say("AMAZON.YesIntent");
        }

        assertThat(db.store().load(talk.userId()).orElseThrow().lastCheck().answers().codes()).isEqualTo("YYYYYYY");
    }

    @Test
    void helpMidCheck_shouldExplainTheAnswersAndKeepThePlace() {
        talk.launch();
        talk.say("CheckMyBackIntent");
        talk.say("AMAZON.YesIntent");

        Reply help = talk.say("AMAZON.HelpIntent");

        assertThat(help.speech()).contains("not sure", "go back", "Question 2 of 7");
    }

    @Test
    void stopMidCheck_thenLaunchLaterToday_shouldOfferToFinish_andPickUpThere() {
        talk.launch();
        talk.say("CheckMyBackIntent");
        talk.say("AMAZON.YesIntent");
        talk.say("AMAZON.NoIntent");
        assertThat(talk.say("AMAZON.StopIntent").speech()).contains("kept your answers");
        clock.advance(Duration.ofHours(2));

        assertThat(talk.launch().speech()).contains("self-check earlier today");
        assertThat(talk.say("AMAZON.YesIntent").speech()).contains("Question 3 of 7");
    }

    @Test
    void unfinishedCheck_nextDay_shouldStartFresh() {
        talk.launch();
        talk.say("CheckMyBackIntent");
        talk.say("AMAZON.YesIntent");
        talk.endSession();
        clock.advance(Duration.ofDays(1));

        assertThat(talk.launch().speech()).doesNotContain("self-check earlier today");
        assertThat(talk.say("CheckMyBackIntent").speech()).contains("Question 1 of 7");
    }

    @Test
    void finishedCheck_shouldBeStoredWithItsDayAndAThirteenMonthExpiry_andReadBackLater() {
        check("YNYYYYN");
        talk.endSession();
        clock.set(Instant.parse("2026-11-10T07:00:00Z"));

        Reply last = talk.say("LastCheckIntent");

        assertThat(last.speech()).contains("November 3", "no to 2 questions");
        List<Map<String, AttributeValue>> stored = storedChecks();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).get("day").s()).isEqualTo("2026-11-03");
        assertThat(stored.get(0).get("answers").s()).isEqualTo("YNYYYYN");
        assertThat(Long.parseLong(stored.get(0).get("expiresAt").n()))
                .isEqualTo(Instant.parse("2027-12-03T00:00:00Z").getEpochSecond());
    }

    @Test
    void newVerdict_shouldBeComparedWithThePreviousCheck() {
        check("YNYYYYN");
        clock.set(Instant.parse("2026-11-24T07:00:00Z"));

        assertThat(check("YYYYYYY").speech()).contains("2 fewer no answers than on November 3");
        clock.advance(Duration.ofDays(1));
        assertThat(check("YYYYYYN").speech()).contains("one more no answer than on November 24");
    }

    @Test
    void lastCheck_withNoneTaken_shouldSaySo() {
        assertThat(talk.say("LastCheckIntent").speech()).contains("haven't taken the self-check");
    }

    @Test
    void deleteMyData_shouldRemoveCheckHistoryToo() {
        check("YYYYYYY");
        talk.launch();
        talk.say("DeleteMyDataIntent");
        talk.say("AMAZON.YesIntent");

        assertThat(storedChecks()).isEmpty();
        assertThat(db.store().load(talk.userId())).isEmpty();
    }

    @Test
    void yesAndNoOutOfContext_shouldGetAHelpfulAnswer() {
        talk.launch();
        talk.say("AMAZON.NoIntent");

        assertThat(talk.say("AMAZON.NoIntent").speech()).contains("haven't asked you anything");
        assertThat(talk.say("NotSureIntent").speech()).contains("haven't asked you anything");
    }
}
