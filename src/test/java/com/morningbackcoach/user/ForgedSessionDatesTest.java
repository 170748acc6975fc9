package com.morningbackcoach.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.morningbackcoach.testing.DynamoDbTestStore;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static com.morningbackcoach.testing.TestStores.stored;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Session attributes come back from the client. One forged date, time or number in a session that finishes the
 * routine, run through the real handler against DynamoDB Local: what is stored is what the request's own clock says,
 * the morning today's, the completion and the zone's check time now, whatever the session claimed.
 */
class ForgedSessionDatesTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Instant NOW = Instant.parse("2026-11-24T07:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-24");

    private final DynamoDbTestStore db = new DynamoDbTestStore();
    private final MutableClock clock = MutableClock.at("2026-11-23T07:00:00Z");
    private final SkillConversation talk = new SkillConversation(TestServices.with(db.store(), clock, ZoneId.of("UTC")));

    @AfterEach
    void close() {
        db.close();
    }

    static Stream<Arguments> forgeries() {
        List<String> dates = List.of("2026-11-24", "2026-11-23", "1970-01-01", "9999-12-31", "2028-01-10",
                "2026-13-45", "null");
        List<String> instants = List.of("2026-11-24T07:00:00Z", "2026-11-23T07:00:00Z", "1970-01-01T00:00:00Z",
                "+9999-12-31T23:59:59Z", "2028-01-10T06:00:00Z", "2026-13-45T99:99:99Z", "null");
        List<String> numbers = List.of("0", "-1", "1", "999999", "1.5", "null");
        List<Arguments> cases = new ArrayList<>();
        dates.forEach(value -> cases.add(Arguments.of("activity/state/morning", value)));
        dates.forEach(value -> cases.add(Arguments.of("profile/lastMorning", value)));
        dates.forEach(value -> cases.add(Arguments.of("profile/placeMorning", value)));
        instants.forEach(value -> cases.add(Arguments.of("profile/lastCompletedAt", value)));
        instants.forEach(value -> cases.add(Arguments.of("profile/placeSavedAt", value)));
        instants.forEach(value -> cases.add(Arguments.of("profile/zoneCheckedAt", value)));
        instants.forEach(value -> cases.add(Arguments.of("newZone/checkedAt", value)));
        numbers.forEach(value -> cases.add(Arguments.of("profile/current", value)));
        numbers.forEach(value -> cases.add(Arguments.of("profile/total", value)));
        numbers.forEach(value -> cases.add(Arguments.of("profile/version", value)));
        numbers.forEach(value -> cases.add(Arguments.of("activity/state/step", value)));
        List.of("SLOW", "FAST", "LUDICROUS", "null").forEach(value -> cases.add(Arguments.of("profile/pace", value)));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("forgeries")
    void oneForgedValue_inTheSessionThatFinishesTheRoutine_shouldStoreOnlyWhatTheClockSays(String path, String value) {
        talk.completeRoutine();
        clock.set(NOW);
        talk.launch();
        Reply reply = talk.say("StartRoutineIntent");
        while (!reply.speech().contains("Say done")) {
            reply = talk.say("AMAZON.NextIntent");
        }

        forge(path, value);
        talk.say("AMAZON.NextIntent");

        UserProfile stored = stored(db.store(), talk.userId());
        assertThat(stored.streak().lastMorning()).isEqualTo(TODAY);
        assertThat(stored.streak().lastCompletedAt()).isEqualTo(NOW);
        assertThat(stored.streak().total()).isEqualTo(2);
        assertThat(stored.streak().current()).isEqualTo(2);
        assertThat(stored.savedPlaceIfAny()).isEmpty();
        assertThat(stored.zoneIfKnown()).hasValueSatisfying(zone -> assertThat(zone.checkedAt())
                .isBetween(NOW.minus(Duration.ofDays(1)), NOW));
    }

    @Test
    void aRoutineBegunBeforeMidnight_andFinishedJustAfter_shouldStillCountForTheEveningItBegan() {
        talk.completeRoutine();
        clock.set(Instant.parse("2026-11-24T23:40:00Z"));
        talk.launch();
        Reply reply = talk.say("StartRoutineIntent");
        while (!reply.speech().contains("Say done")) {
            reply = talk.say("AMAZON.NextIntent");
        }
        clock.set(Instant.parse("2026-11-25T00:20:00Z"));

        talk.say("AMAZON.NextIntent");

        assertThat(stored(db.store(), talk.userId()).streak().lastMorning()).isEqualTo(TODAY);
    }

    /** Puts {@code value} at {@code path} ("attribute/field/field") in the session the next request carries. */
    private void forge(String path, String value) {
        String[] names = path.split("/");
        JsonNode top = talk.lastReply().sessionAttributes().path(names[0]);
        ObjectNode attribute = top.isObject() ? ((ObjectNode) top).deepCopy() : NODES.objectNode();
        ObjectNode parent = attribute;
        for (int i = 1; i < names.length - 1; i++) {
            parent = parent.has(names[i]) ? (ObjectNode) parent.get(names[i]) : parent.putObject(names[i]);
        }
        String field = names[names.length - 1];
        if (value.equals("null")) {
            parent.putNull(field);
        } else if (value.matches("-?[0-9.]+")) {
            parent.put(field, Double.parseDouble(value));
        } else {
            parent.put(field, value);
        }
        if (names[0].equals("newZone")) {
            attribute.put("zone", "Pacific/Kiritimati");
        }
        talk.tamperWithSessionAttribute(names[0], attribute);
    }
}
