package com.morningbackcoach.timezone;

import com.amazon.ask.model.services.ApiClient;
import com.amazon.ask.model.services.ApiClientRequest;
import com.amazon.ask.model.services.ApiClientResponse;
import com.morningbackcoach.alexa.SettingsApiZoneLookup;
import com.morningbackcoach.conversation.SkillServices;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestStores;
import com.morningbackcoach.user.InMemoryUserStore;
import com.morningbackcoach.user.UserProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class DeviceTimeZoneTest {

    @Mock
    private ApiClient settingsApi;
    private final InMemoryUserStore store = new InMemoryUserStore();
    private final MutableClock clock = MutableClock.at("2026-11-25T06:30:00Z");

    private SkillConversation talk() {
        return new SkillConversation(SkillServices.builder().store(store).clock(clock).zoneLookup(new SettingsApiZoneLookup()).build(), settingsApi);
    }

    private static ApiClientResponse response(int status, String body) {
        ApiClientResponse response = new ApiClientResponse();
        response.setStatusCode(status);
        response.setBody(body);
        return response;
    }

    private UserProfile stored(SkillConversation talk) {
        return TestStores.stored(store, talk.userId());
    }

    @Test
    void reportedZone_shouldDecideTheUsersDay() {
        when(settingsApi.invoke(any())).thenReturn(response(200, "\"America/Los_Angeles\""));
        SkillConversation talk = talk();

        talk.completeRoutine();

        assertThat(stored(talk).streak().lastMorning()).isEqualTo(LocalDate.parse("2026-11-24"));
        assertThat(stored(talk).zone().zone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
        ArgumentCaptor<ApiClientRequest> request = ArgumentCaptor.forClass(ApiClientRequest.class);
        verify(settingsApi).invoke(request.capture());
        assertThat(request.getValue().getUrl()).contains("/v2/devices/", "/settings/System.timeZone");
    }

    @Test
    void freshCachedZone_shouldNotCallTheSettingsApiAgain() {
        when(settingsApi.invoke(any())).thenReturn(response(200, "\"Europe/Berlin\""));
        SkillConversation talk = talk();
        talk.completeRoutine();
        clock.advance(Duration.ofHours(12));

        talk.launch();
        talk.say("StreakIntent");

        verify(settingsApi, times(1)).invoke(any());
    }

    @Test
    void staleCachedZone_shouldBeAskedForAgain() {
        when(settingsApi.invoke(any())).thenReturn(response(200, "\"Europe/Berlin\""));
        SkillConversation talk = talk();
        talk.completeRoutine();
        clock.advance(Duration.ofHours(25));

        talk.completeRoutine();

        verify(settingsApi, times(2)).invoke(any());
        assertThat(stored(talk).zone().checkedAt()).isEqualTo(clock.instant());
    }

    @Test
    void noContent_withNothingCached_shouldFallBackToUtc() {
        when(settingsApi.invoke(any())).thenReturn(response(204, null));
        SkillConversation talk = talk();

        talk.completeRoutine();

        assertThat(stored(talk).streak().lastMorning()).isEqualTo(LocalDate.parse("2026-11-25"));
        assertThat(stored(talk).zoneIfKnown()).isEmpty();
    }

    @Test
    void errorOrTimeout_withAStaleCachedZone_shouldKeepUsingTheCachedZone() {
        when(settingsApi.invoke(any()))
                .thenReturn(response(200, "\"Asia/Tokyo\""))
                .thenReturn(response(500, "{\"message\":\"oops\"}"))
                .thenThrow(new UncheckedIOException(new SocketTimeoutException("Read timed out")));
        SkillConversation talk = talk();
        talk.completeRoutine();
        clock.advance(Duration.ofDays(2));
        talk.launch();
        talk.endSession();

        talk.completeRoutine();

        assertThat(stored(talk).zone().zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(stored(talk).streak().lastMorning()).isEqualTo(LocalDate.parse("2026-11-27"));
    }

    @Test
    void noApiAccess_shouldNotCallAnything() {
        SkillConversation talk = new SkillConversation(SkillServices.builder().store(store).clock(clock).zoneLookup(new SettingsApiZoneLookup()).build());

        talk.completeRoutine();

        verify(settingsApi, never()).invoke(any());
        assertThat(stored(talk).streak().lastMorning()).isEqualTo(LocalDate.parse("2026-11-25"));
    }

    @Test
    void failingSettingsApi_shouldBeAskedOnlyOncePerSession() {
        when(settingsApi.invoke(any())).thenReturn(response(500, "{}"));
        SkillConversation talk = talk();

        talk.completeRoutine();

        verify(settingsApi, times(1)).invoke(any());
    }
}
