package com.morningbackcoach.user;

import com.morningbackcoach.user.StoredProfile;
import com.morningbackcoach.testing.DynamoDbTestStore;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.ZoneId;

import static com.morningbackcoach.testing.TestStores.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class DeleteMyDataConversationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DynamoDbTestStore db = new DynamoDbTestStore();
    private final MutableClock clock = MutableClock.at("2026-11-24T07:00:00Z");
    private final SkillConversation talk = new SkillConversation(TestServices.with(db.store(), clock, ZoneId.of("UTC")));

    @BeforeEach
    void userWithAStreak() {
        talk.completeRoutine();
        assertThat(db.store().load(talk.userId())).isInstanceOf(StoredProfile.Present.class);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void deleteMyData_confirmedWithYes_shouldRemoveEverything() {
        talk.launch();
        assertThat(talk.say("DeleteMyDataIntent").speech()).contains("Are you sure");

        Reply done = talk.say("AMAZON.YesIntent");

        assertThat(done.speech()).contains("deleted everything");
        assertThat(db.store().load(talk.userId())).isInstanceOf(StoredProfile.Deleted.class);
    }

    @Test
    void deleteMyData_answeredNo_shouldKeepEverything() {
        talk.launch();
        talk.say("DeleteMyDataIntent");

        assertThat(talk.say("AMAZON.NoIntent").speech()).contains("kept everything");
        assertThat(stored(db.store(), talk.userId()).streak().total()).isEqualTo(1);
    }

    @Test
    void helpAtTheConfirmation_shouldExplain_andKeepTheQuestionOpen() {
        talk.launch();
        talk.say("DeleteMyDataIntent");

        Reply help = talk.say("AMAZON.HelpIntent");

        assertThat(help.speech()).contains("erase your streak", "Should I delete all your data?");
        assertThat(help.question()).isEqualTo("account.delete");
        assertThat(talk.say("AMAZON.RepeatIntent").speech()).contains("Are you sure");
        talk.say("AMAZON.YesIntent");
        assertThat(db.store().load(talk.userId())).isInstanceOf(StoredProfile.Deleted.class);
    }

    @Test
    void deleteMyData_thenAnotherQuestion_thenYes_shouldNotDelete() {
        talk.launch();
        talk.say("DeleteMyDataIntent");
        talk.say("StreakIntent");

        talk.say("AMAZON.YesIntent");

        assertThat(db.store().load(talk.userId())).isInstanceOf(StoredProfile.Present.class);
    }

    @Test
    void skillDisabledEvent_shouldRemoveEverything() {
        talk.send(SkillConversation.fixture("SkillDisabled"));

        assertThat(db.store().load(talk.userId())).isInstanceOf(StoredProfile.Deleted.class);
    }

    @Test
    void skillDisabledEvent_forAnIdTheTableCannotKey_shouldBeAcknowledged_notThrownForAlexaToRedeliver() {
        ObjectNode event = SkillConversation.fixture("SkillDisabled");
        ((ObjectNode) event.path("context").path("System").path("user"))
                .put("userId", "amzn1.ask.account." + "A".repeat(3000));

        assertThatCode(() -> talk.invokeRaw(JSON.writeValueAsBytes(event))).doesNotThrowAnyException();
        assertThat(db.store().load(talk.userId())).isInstanceOf(StoredProfile.Present.class);
    }

    @Test
    void aNormalTurn_forAnIdTheTableCannotKey_shouldStillAnswer() {
        Reply reply = talk.asUser("amzn1.ask.account." + "B".repeat(3000)).say("StreakIntent");

        assertThat(reply.speech()).contains("can't reach your progress");
    }
}
