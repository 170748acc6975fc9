package com.morningbackcoach.alerts;

import com.morningbackcoach.alexa.SettingsApiZoneLookup;
import com.morningbackcoach.conversation.SkillServices;
import com.morningbackcoach.local.FakeAlexaApi;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestStores;
import com.morningbackcoach.user.InMemoryUserStore;
import com.morningbackcoach.user.StoredProfile;
import com.morningbackcoach.user.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily reminder by voice, against the fake Alexa APIs over real HTTP: Alexa asks for the permission when it is
 * missing, and the reminder is set, moved, checked and stopped; only its id and time are kept.
 */
class ReminderConversationTest {

    private static final ZoneId DEVICE_ZONE = ZoneId.of("America/Chicago");
    private final InMemoryUserStore store = new InMemoryUserStore();
    private final MutableClock clock = MutableClock.at("2026-11-24T12:40:00Z");
    private FakeAlexaApi api;
    private SkillConversation talk;

    @BeforeEach
    void start() throws IOException {
        api = FakeAlexaApi.start(DEVICE_ZONE);
        talk = SkillConversation.withAlexaApi(SkillServices.builder().store(store).clock(clock)
                .zoneLookup(new SettingsApiZoneLookup()).build(), api);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private UserProfile stored() {
        return TestStores.stored(store, talk.userId());
    }

    /** The reminder kept for the user, if the user is stored at all. */
    private Optional<DailyReminder> reminderKept() {
        StoredProfile kept = store.load(talk.userId());
        return kept instanceof StoredProfile.Present present ? present.profile().reminderIfAny() : Optional.empty();
    }

    private Reply remindMeAt(String time) {
        return talk.say("SetReminderIntent", Map.of("time", time));
    }

    @Test
    void remindMeAtSeven_withoutPermission_shouldHaveAlexaAskForIt_andSetNothingYet() {
        talk.launch();

        Reply asked = remindMeAt("07:00");

        assertThat(asked.permissionRequest().path("payload").path("permissionScope").asText())
                .isEqualTo(FakeAlexaApi.REMINDERS_SCOPE);
        assertThat(asked.permissionRequest().path("payload").path("@type").asText())
                .isEqualTo("AskForPermissionsConsentRequest");
        assertThat(asked.ssml()).as("Alexa asks in its own words").isEmpty();
        assertThat(asked.endsSession()).isTrue();
        assertThat(api.reminders()).isEmpty();
        assertThat(api.calls()).noneMatch(call -> call.contains("/alerts/"));
    }

    @Test
    void permissionAccepted_shouldSetADailyReminderAtSeven_inTheDevicesZone_andKeepOnlyItsIdAndTime() {
        talk.launch();
        remindMeAt("07:00");

        Reply done = talk.answerPermission("ACCEPTED");

        assertThat(done.speech()).contains("every day at 7:00 AM");
        assertThat(done.endsSession()).isTrue();
        assertThat(api.reminders()).singleElement().satisfies(reminder -> {
            assertThat(reminder.time()).isEqualTo("07:00");
            assertThat(reminder.zone()).isEqualTo(DEVICE_ZONE.getId());
            assertThat(reminder.recurrenceRule()).startsWith("FREQ=DAILY;BYHOUR=7;BYMINUTE=0");
            assertThat(reminder.request().path("trigger").path("recurrence").path("startDateTime").asText())
                    .as("the first time 7:00 comes in Chicago, 20 minutes from now").startsWith("2026-11-24T07:00");
            assertThat(reminder.text()).contains("streak").contains("open Morning Back Coach");
            assertThat(stored().reminderIfAny()).contains(new DailyReminder(reminder.id(), LocalTime.of(7, 0)));
        });
    }

    @Test
    void inSpanish_theReminderShouldBeSetAndSaid_inSpanish() {
        talk.inLocale("es-MX").launch();
        remindMeAt("06:30");

        Reply done = talk.answerPermission("ACCEPTED");

        assertThat(done.speech()).contains("Te lo recordaré todos los días a las seis y media de la mañana");
        assertThat(api.reminders()).singleElement().satisfies(reminder -> {
            assertThat(reminder.time()).isEqualTo("06:30");
            assertThat(reminder.text()).contains("racha").contains("abre entrenador de espalda");
            assertThat(reminder.request().path("alertInfo").path("spokenInfo").path("content").get(0)
                    .path("locale").asText()).isEqualTo("es-MX");
        });
    }

    @Test
    void permissionDenied_shouldSayWhereToAllowItLater_andSetNothing() {
        talk.launch();
        remindMeAt("07:00");

        Reply denied = talk.answerPermission("DENIED");

        assertThat(denied.speech()).contains("Alexa app");
        assertThat(api.reminders()).isEmpty();
        assertThat(reminderKept()).isEmpty();
    }

    @Test
    void permissionNotAnswered_shouldLeaveThingsAsTheyWere() {
        talk.launch();
        remindMeAt("07:00");

        Reply silence = talk.answerPermission("NOT_ANSWERED");

        assertThat(silence.speech()).contains("No reminder for now");
        assertThat(api.reminders()).isEmpty();
    }

    @Test
    void voiceConsentNotAvailable_shouldSendThePermissionCardInstead() {
        talk.launch();
        Reply asked = remindMeAt("07:00");

        Reply card = talk.permissionAnswer("400", FakeAlexaApi.REMINDERS_SCOPE, "", asked.permissionRequest()
                .path("token").asText());

        assertThat(card.cardPermissions()).containsExactly(FakeAlexaApi.REMINDERS_SCOPE);
        assertThat(card.speech()).contains("card");
        assertThat(api.reminders()).isEmpty();
    }

    @Test
    void forgedPermissionAnswer_shouldScheduleNothing_andStillAnswer() {
        api.grant(FakeAlexaApi.REMINDERS_SCOPE);

        Reply forged = talk.permissionAnswer("200", FakeAlexaApi.REMINDERS_SCOPE, "ACCEPTED", "reminder@99:99; DROP");

        assertThat(forged.speech()).isNotBlank();
        assertThat(api.reminders()).isEmpty();
    }

    @Test
    void withPermission_shouldSetItAtOnce_andGoBackToTheMenu() {
        api.grant(FakeAlexaApi.REMINDERS_SCOPE);
        talk.launch();

        Reply done = remindMeAt("06:30");

        assertThat(done.speech()).startsWith("Done. I'll remind you every day at 6:30 AM.");
        assertThat(done.endsSession()).as("back to the menu's question").isFalse();
        assertThat(api.reminders()).singleElement().extracting(FakeAlexaApi.Reminder::time).isEqualTo("06:30");
    }

    @Test
    void noTimeSaid_shouldOfferTheUsualMorningTime_andYesSetsIt() {
        api.grant(FakeAlexaApi.REMINDERS_SCOPE);
        talk.launch();

        Reply offer = talk.say("SetReminderIntent");
        Reply done = talk.say("AMAZON.YesIntent");

        assertThat(offer.speech()).contains("every day at 6:40 AM");
        assertThat(offer.question()).isEqualTo("reminder.offer.at_time");
        assertThat(done.speech()).contains("6:40 AM");
        assertThat(api.reminders()).singleElement().extracting(FakeAlexaApi.Reminder::time).isEqualTo("06:40");
    }

    @Test
    void changeMyReminder_shouldMoveTheSameReminder() {
        api.grant(FakeAlexaApi.REMINDERS_SCOPE);
        talk.launch();
        remindMeAt("07:00");
        String id = stored().reminder().id();

        Reply moved = talk.say("ChangeReminderIntent", Map.of("time", "06:15"));

        assertThat(moved.speech()).contains("now comes every day at 6:15 AM");
        assertThat(api.reminders()).singleElement().satisfies(reminder -> {
            assertThat(reminder.id()).isEqualTo(id);
            assertThat(reminder.time()).isEqualTo("06:15");
        });
        assertThat(stored().reminder()).isEqualTo(new DailyReminder(id, LocalTime.of(6, 15)));
    }

    @Test
    void changeAfterItWasDeletedInTheApp_shouldSetANewOne() {
        api.grant(FakeAlexaApi.REMINDERS_SCOPE);
        talk.launch();
        remindMeAt("07:00");
        api.deleteInTheApp(stored().reminder().id());

        talk.say("ChangeReminderIntent", Map.of("time", "08:00"));

        assertThat(api.reminders()).singleElement().satisfies(reminder -> {
            assertThat(reminder.time()).isEqualTo("08:00");
            assertThat(stored().reminder().id()).isEqualTo(reminder.id());
        });
    }

    @Test
    void doIHaveAReminder_shouldCheckWithAlexa_andForgetOneDeletedInTheApp() {
        api.grant(FakeAlexaApi.REMINDERS_SCOPE);
        talk.launch();
        remindMeAt("07:00");

        Reply kept = talk.say("ReminderStatusIntent");
        api.deleteInTheApp(stored().reminder().id());
        Reply gone = talk.say("ReminderStatusIntent");

        assertThat(kept.speech()).contains("You have a reminder every day at 7:00 AM");
        assertThat(gone.speech()).contains("isn't there anymore");
        assertThat(gone.question()).isEqualTo("reminder.offer.at_time");
        assertThat(reminderKept()).isEmpty();
    }

    @Test
    void stopMyReminders_shouldDeleteIt_andForgetIt() {
        api.grant(FakeAlexaApi.REMINDERS_SCOPE);
        talk.launch();
        remindMeAt("07:00");

        Reply stopped = talk.say("CancelReminderIntent");

        assertThat(stopped.speech()).contains("stopped your daily reminder");
        assertThat(api.reminders()).isEmpty();
        assertThat(reminderKept()).isEmpty();
    }

    @Test
    void apiRefusals_shouldEachGetOneUsefulSentence_andKeepWhatWasThere() {
        api.grant(FakeAlexaApi.REMINDERS_SCOPE);
        talk.launch();
        remindMeAt("07:00");
        DailyReminder before = stored().reminder();

        api.failNext(403);
        Reply refused = talk.say("ChangeReminderIntent", Map.of("time", "06:00"));
        api.failNext(429);
        Reply busy = talk.say("ChangeReminderIntent", Map.of("time", "06:00"));
        api.failNext(500);
        Reply down = talk.say("CancelReminderIntent");

        assertThat(refused.speech()).contains("wouldn't take that reminder");
        assertThat(busy.speech()).contains("busy right now");
        assertThat(down.speech()).contains("couldn't reach Alexa's reminders");
        assertThat(down.endsSession()).as("the conversation goes on").isFalse();
        assertThat(stored().reminder()).isEqualTo(before);
        assertThat(api.reminders()).singleElement().extracting(FakeAlexaApi.Reminder::time).isEqualTo("07:00");
    }

    @Test
    void permissionWithdrawnInTheApp_shouldSendTheCard_notAskAgainAndAgain() {
        api.grant(FakeAlexaApi.REMINDERS_SCOPE);
        talk.launch();
        api.failNext(401);

        Reply unauthorized = remindMeAt("07:00");

        assertThat(unauthorized.cardPermissions()).containsExactly(FakeAlexaApi.REMINDERS_SCOPE);
        assertThat(unauthorized.permissionRequest().isMissingNode()).isTrue();
        assertThat(reminderKept()).isEmpty();
    }

    @Test
    void remindersApiTooSlow_shouldGiveUpWithinItsTimeout_andSaySo() {
        api.grant(FakeAlexaApi.REMINDERS_SCOPE);
        talk.launch();
        api.answerAfter(Duration.ofSeconds(3));

        Reply slow = remindMeAt("07:00");

        assertThat(slow.speech()).as("an answer the API would have given after its time-out is not waited for")
                .contains("couldn't reach Alexa's reminders");
        assertThat(reminderKept()).isEmpty();
    }

    @Test
    void deleteMyData_shouldStopTheReminderToo() {
        api.grant(FakeAlexaApi.REMINDERS_SCOPE);
        talk.launch();
        remindMeAt("07:00");

        talk.say("DeleteMyDataIntent");
        Reply deleted = talk.say("AMAZON.YesIntent");

        assertThat(deleted.speech()).contains("daily reminder is stopped too");
        assertThat(api.reminders()).isEmpty();
    }
}
