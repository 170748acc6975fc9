package com.morningbackcoach.timezone;

import com.morningbackcoach.alexa.SettingsApiZoneLookup;
import com.morningbackcoach.conversation.SkillServices;
import com.morningbackcoach.local.FakeAlexaApi;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestStores;
import com.morningbackcoach.user.InMemoryUserStore;
import com.morningbackcoach.user.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The user's day follows the device's time zone, asked of the Settings API (the fake, over real HTTP) and cached. */
class DeviceTimeZoneTest {

    private static final String SETTINGS_CALL = "GET /v2/devices/amzn1.ask.device.FIXTURE/settings/System.timeZone";
    private final InMemoryUserStore store = new InMemoryUserStore();
    private final MutableClock clock = MutableClock.at("2026-11-25T06:30:00Z");
    private FakeAlexaApi api;

    @BeforeEach
    void start() throws IOException {
        api = FakeAlexaApi.start(ZoneId.of("America/Los_Angeles"));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private SkillServices services() {
        return SkillServices.builder().store(store).clock(clock).zoneLookup(new SettingsApiZoneLookup()).build();
    }

    private SkillConversation talk() {
        return SkillConversation.withAlexaApi(services(), api);
    }

    private UserProfile stored(SkillConversation talk) {
        return TestStores.stored(store, talk.userId());
    }

    private long settingsCalls() {
        return api.calls().stream().filter(SETTINGS_CALL::equals).count();
    }

    @Test
    void reportedZone_shouldDecideTheUsersDay() {
        SkillConversation talk = talk();

        talk.completeRoutine();

        assertThat(stored(talk).streak().lastMorning()).isEqualTo(LocalDate.parse("2026-11-24"));
        assertThat(stored(talk).zone().zone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
        assertThat(settingsCalls()).isEqualTo(1);
    }

    @Test
    void freshCachedZone_shouldNotCallTheSettingsApiAgain() {
        api.reportZone(ZoneId.of("Europe/Berlin"));
        SkillConversation talk = talk();
        talk.completeRoutine();
        clock.advance(Duration.ofHours(12));

        talk.launch();
        talk.say("StreakIntent");

        assertThat(settingsCalls()).isEqualTo(1);
    }

    @Test
    void staleCachedZone_shouldBeAskedForAgain() {
        api.reportZone(ZoneId.of("Europe/Berlin"));
        SkillConversation talk = talk();
        talk.completeRoutine();
        clock.advance(Duration.ofHours(25));

        talk.completeRoutine();

        assertThat(settingsCalls()).isEqualTo(2);
        assertThat(stored(talk).zone().checkedAt()).isEqualTo(clock.instant());
    }

    @Test
    void noContent_withNothingCached_shouldFallBackToUtc() {
        api.failNext(204);
        SkillConversation talk = talk();

        talk.completeRoutine();

        assertThat(stored(talk).streak().lastMorning()).isEqualTo(LocalDate.parse("2026-11-25"));
        assertThat(stored(talk).zoneIfKnown()).isEmpty();
    }

    @Test
    void errorOrTimeout_withAStaleCachedZone_shouldKeepUsingTheCachedZone() {
        api.reportZone(ZoneId.of("Asia/Tokyo"));
        SkillConversation talk = talk();
        talk.completeRoutine();
        clock.advance(Duration.ofDays(2));
        api.failNext(500);
        talk.launch();
        talk.endSession();
        api.answerAfter(Duration.ofSeconds(2));

        talk.completeRoutine();

        assertThat(settingsCalls()).as("the first answer, the error, the time-out").isEqualTo(3);
        assertThat(stored(talk).zone().zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(stored(talk).streak().lastMorning()).isEqualTo(LocalDate.parse("2026-11-27"));
    }

    @Test
    void noApiAccess_shouldNotCallAnything() {
        SkillConversation talk = new SkillConversation(services());

        talk.completeRoutine();

        assertThat(api.calls()).isEmpty();
        assertThat(stored(talk).streak().lastMorning()).isEqualTo(LocalDate.parse("2026-11-25"));
    }

    @Test
    void failingSettingsApi_shouldBeAskedOnlyOncePerSession() {
        api.failNext(500, 500, 500);
        SkillConversation talk = talk();

        talk.completeRoutine();

        assertThat(settingsCalls()).isEqualTo(1);
    }
}
