package com.morningbackcoach.alerts;

import com.morningbackcoach.alexa.SettingsApiZoneLookup;
import com.morningbackcoach.conversation.SkillServices;
import com.morningbackcoach.local.FakeAlexaApi;
import com.morningbackcoach.streak.Streak;
import com.morningbackcoach.testing.CallCounter;
import com.morningbackcoach.testing.DynamoDbLocalServer;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.user.StoredProfile;
import com.morningbackcoach.user.UserProfile;
import com.morningbackcoach.user.dynamodb.DynamoDbUserStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one session costs outside the skill, counted at DynamoDB Local and at the fake Alexa APIs: a third morning
 * that ends with a daily reminder, and a question about the reminder.
 */
class AlexaCallBudgetTest {

    private final CallCounter dynamoDb = new CallCounter();
    private final String table = DynamoDbLocalServer.newTable();
    private final DynamoDbClient client = DynamoDbLocalServer.client(table, dynamoDb);
    private final DynamoDbUserStore store = new DynamoDbUserStore(client, table);
    private final MutableClock clock = MutableClock.at("2026-11-24T12:45:00Z");
    private FakeAlexaApi api;
    private SkillConversation talk;

    @BeforeEach
    void start() throws IOException {
        api = FakeAlexaApi.start(ZoneId.of("America/Denver")).grant(FakeAlexaApi.REMINDERS_SCOPE);
        talk = SkillConversation.withAlexaApi(SkillServices.builder().store(store).clock(clock)
                .zoneLookup(new SettingsApiZoneLookup()).build(), api);
        UserProfile twoMornings = UserProfile.newUser()
                .withStreak(new Streak(2, 2, 2, LocalDate.parse("2026-11-23"), Instant.parse("2026-11-23T12:50:00Z")))
                .withSettings(UserProfile.newUser().settings().withSafetyNoteGiven());
        store.save(talk.userId(), new StoredProfile.Absent(), twoMornings);
        dynamoDb.reset();
    }

    @AfterEach
    void stop() {
        api.close();
        client.close();
    }

    @Test
    void thirdMorningEndingWithAReminder_shouldReadOnce_askTheZoneOnce_andCreateOneReminder() {
        Reply offer = talk.completeRoutine();
        Reply done = talk.say("AMAZON.YesIntent");
        long partsLed = talk.replies().stream().filter(reply -> reply.question().equals("routine.next")).count();

        assertThat(offer.question()).isEqualTo("reminder.offer.after_morning");
        assertThat(done.speech()).contains("every day at 5:45 AM");
        assertThat(api.calls()).containsExactly(
                "GET /v2/devices/amzn1.ask.device.FIXTURE/settings/System.timeZone",
                "POST /v1/alerts/reminders");
        assertThat(dynamoDb.reads()).isEqualTo(1);
        // each part led, the completion, and the reminder's id and time
        assertThat(dynamoDb.writes()).isEqualTo(partsLed + 2);
    }

    @Test
    void askingAboutTheReminder_shouldCheckItOnce_andWriteNothing() {
        talk.launch();
        talk.say("SetReminderIntent", java.util.Map.of("time", "06:00"));
        talk.endSession();
        dynamoDb.reset();
        int before = api.calls().size();

        talk.launch();
        Reply status = talk.say("ReminderStatusIntent");
        talk.say("AMAZON.StopIntent");

        assertThat(status.speech()).contains("6:00 AM");
        assertThat(api.calls().subList(before, api.calls().size()))
                .containsExactly("GET /v1/alerts/reminders/" + api.reminders().get(0).id());
        assertThat(dynamoDb.reads()).isEqualTo(1);
        assertThat(dynamoDb.writes()).isZero();
    }
}
