package com.morningbackcoach.user;

import com.morningbackcoach.alexa.SettingsApiZoneLookup;
import com.morningbackcoach.conversation.SkillServices;
import com.morningbackcoach.local.FakeAlexaApi;
import com.morningbackcoach.testing.DynamoDbTestStore;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import com.morningbackcoach.user.dynamodb.DynamoDbClients;
import com.morningbackcoach.user.dynamodb.DynamoDbSettings;
import com.morningbackcoach.user.dynamodb.DynamoDbUserStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static com.morningbackcoach.testing.TestStores.stored;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the store down, what the user has saved is unknown, not empty: no reply states a fact about it (no "no streak
 * yet", no "no reminder"), nothing is set at Alexa that could not be remembered, and a returning user is not asked the
 * first routine's safety question again.
 */
class StoreDownFactsTest {

    private final DynamoDbTestStore db = new DynamoDbTestStore();
    private final MutableClock clock = MutableClock.at("2026-11-24T07:00:00Z");
    private UserStore down;
    private StoredProfile before;
    private String userId;

    @BeforeEach
    void returningUserOnAFourMorningStreak() throws IOException {
        SkillConversation healthy = new SkillConversation(TestServices.with(db.store(), clock, ZoneId.of("UTC")));
        for (int morning = 0; morning < 4; morning++) {
            healthy.completeRoutine();
            healthy.endSession();
            clock.advance(Duration.ofDays(1));
        }
        userId = healthy.userId();
        before = db.store().load(userId);
        assertThat(stored(db.store(), userId).streak().current()).isEqualTo(4);
        down = storeOnAClosedPort();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private UserStore storeOnAClosedPort() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        DynamoDbSettings settings = DynamoDbSettings.local(db.table(), URI.create("http://127.0.0.1:" + closedPort));
        return new DynamoDbUserStore(DynamoDbClients.create(settings, List.of()), db.table());
    }

    @Test
    void oneShotStreakQuestion_shouldSayTheProgressIsOutOfReach_neverThatThereIsNoStreak() {
        Reply answer = new SkillConversation(TestServices.with(down, clock, ZoneId.of("UTC"))).say("StreakIntent");

        assertThat(answer.speech()).contains("can't reach your progress")
                .doesNotContain("don't have a streak", "first morning", "Finish the routine today");
        assertThat(db.store().load(userId)).isEqualTo(before);
    }

    @Test
    void startMyRoutine_shouldLeadStepOne_withoutTheFirstRoutinesSafetyQuestion() {
        SkillConversation talk = new SkillConversation(TestServices.with(down, clock, ZoneId.of("UTC")));

        Reply start = talk.say("StartRoutineIntent");

        assertThat(start.question()).isNotEqualTo("routine.offer.safety_note");
        assertThat(start.speech()).contains("can't reach your saved place", "Step 1 of 5");
        assertThat(db.store().load(userId)).isEqualTo(before);
    }

    @Test
    void gentleVersionAsked_shouldLeadItFromTheTop_withoutTheSafetyQuestion() {
        SkillConversation talk = new SkillConversation(TestServices.with(down, clock, ZoneId.of("UTC")));
        talk.launch();

        Reply gentle = talk.say("AdjustRoutineIntent", Map.of("change", "gentle|GENTLE"));
        Reply step = gentle.question().equals("routine.next") ? gentle : talk.say("StartRoutineIntent");

        assertThat(step.question()).isNotEqualTo("routine.offer.safety_note");
        assertThat(step.speech()).contains("Step 1 of 5");
    }

    @Test
    void reminderAskedAbout_set_changed_orStopped_shouldSayItIsOutOfReach_andTouchNothingAtAlexa() throws IOException {
        try (FakeAlexaApi api = FakeAlexaApi.start(ZoneId.of("UTC"))) {
            api.grant(FakeAlexaApi.REMINDERS_SCOPE);
            SkillConversation talk = SkillConversation.withAlexaApi(SkillServices.builder().store(down).clock(clock)
                    .zoneLookup(new SettingsApiZoneLookup()).build(), api);
            talk.launch();

            List<Reply> replies = List.of(
                    talk.say("ReminderStatusIntent"),
                    talk.say("SetReminderIntent", Map.of("time", "07:00")),
                    talk.say("ChangeReminderIntent"),
                    talk.say("CancelReminderIntent"));

            assertThat(replies).allSatisfy(reply -> assertThat(reply.speech())
                    .contains("can't reach your settings")
                    .doesNotContain("don't have a reminder", "I'll remind you"));
            assertThat(api.reminders()).isEmpty();
            assertThat(api.calls()).noneMatch(call -> call.contains("reminders"));
        }
        assertThat(db.store().load(userId)).isEqualTo(before);
    }
}
