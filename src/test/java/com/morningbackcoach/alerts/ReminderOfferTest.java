package com.morningbackcoach.alerts;

import com.morningbackcoach.local.FakeAlexaApi;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import com.morningbackcoach.testing.TestStores;
import com.morningbackcoach.user.InMemoryUserStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The reminder offered right after a good morning: after the third and the seventh morning in a row, at that time. */
class ReminderOfferTest {

    private final InMemoryUserStore store = new InMemoryUserStore();
    private final MutableClock clock = MutableClock.at("2026-11-24T06:52:00Z");
    private FakeAlexaApi api;
    private SkillConversation talk;

    @BeforeEach
    void start() throws IOException {
        api = FakeAlexaApi.start(ZoneId.of("UTC"));
        talk = SkillConversation.withAlexaApi(TestServices.with(store, clock, ZoneId.of("UTC")), api);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    /** The closing reply of each of {@code mornings} mornings in a row, a day apart. */
    private List<Reply> morningsInARow(int mornings) {
        List<Reply> finishes = new ArrayList<>();
        for (int morning = 0; morning < mornings; morning++) {
            if (morning > 0) {
                clock.advance(Duration.ofDays(1));
            }
            finishes.add(talk.completeRoutine());
        }
        return finishes;
    }

    @Test
    void thirdMorningInARow_shouldOfferAReminderAtThisTime_andOnlyThen() {
        List<Reply> finishes = morningsInARow(4);

        assertThat(finishes.get(0).endsSession()).isTrue();
        assertThat(finishes.get(1).endsSession()).isTrue();
        assertThat(finishes.get(2).question()).isEqualTo("reminder.offer.after_morning");
        assertThat(finishes.get(2).speech()).contains("3 mornings in a row", "remind you each morning at this time, 6:50 AM?");
        assertThat(finishes.get(2).cardTitle()).as("the finish still shows").isNotBlank();
        assertThat(finishes.get(3).endsSession()).isTrue();
    }

    @Test
    void yesToTheOffer_withPermission_shouldSetIt_andSayGoodbye() {
        api.grant(FakeAlexaApi.REMINDERS_SCOPE);
        morningsInARow(3);

        Reply done = talk.say("AMAZON.YesIntent");

        assertThat(done.speech()).contains("every day at 6:50 AM").contains("See you in the morning");
        assertThat(done.endsSession()).isTrue();
        assertThat(api.reminders()).singleElement().extracting(FakeAlexaApi.Reminder::time).isEqualTo("06:50");
        assertThat(TestStores.stored(store, talk.userId()).reminder().time()).isEqualTo(LocalTime.of(6, 50));
    }

    @Test
    void yesToTheOffer_withoutPermission_shouldHaveAlexaAskForIt() {
        morningsInARow(3);

        Reply asked = talk.say("AMAZON.YesIntent");
        Reply done = talk.answerPermission("ACCEPTED");

        assertThat(asked.permissionRequest().path("token").asText()).isEqualTo("reminder@06:50");
        assertThat(done.speech()).contains("6:50 AM");
        assertThat(api.reminders()).hasSize(1);
    }

    @Test
    void nextSaidOutOfHabit_shouldGoOnWithoutAReminder_notStartAnotherRoutine() {
        morningsInARow(3);

        Reply after = talk.say("AMAZON.NextIntent");

        assertThat(after.speech()).contains("no reminder").doesNotContain("Step 1");
        assertThat(after.activity()).isEmpty();
        assertThat(api.reminders()).isEmpty();
    }

    @Test
    void noToTheOffer_shouldSayGoodbye_andSetNothing() {
        morningsInARow(3);

        Reply declined = talk.say("AMAZON.NoIntent");

        assertThat(declined.speech()).contains("no reminder");
        assertThat(declined.endsSession()).isTrue();
        assertThat(api.reminders()).isEmpty();
    }

    @Test
    void seventhMorning_shouldOfferAgain_unlessAReminderIsAlreadySet() {
        List<Reply> withoutOne = morningsInARow(7);

        assertThat(withoutOne.get(6).question()).isEqualTo("reminder.offer.after_morning");

        SkillConversation other = SkillConversation.withAlexaApi(TestServices.with(store, clock, ZoneId.of("UTC")), api)
                .asUser("amzn1.ask.account.HAS-A-REMINDER");
        api.grant(FakeAlexaApi.REMINDERS_SCOPE);
        talk = other;
        List<Reply> firstThree = morningsInARow(3);
        talk.say("AMAZON.YesIntent");
        List<Reply> nextFour = morningsInARow(4);

        assertThat(firstThree.get(2).question()).isEqualTo("reminder.offer.after_morning");
        assertThat(nextFour.get(3).endsSession()).as("seventh morning, a reminder already set").isTrue();
    }
}
