package com.morningbackcoach.local;

import com.morningbackcoach.alexa.SettingsApiZoneLookup;
import com.morningbackcoach.conversation.SkillServices;
import com.morningbackcoach.testing.CallCounter;
import com.morningbackcoach.testing.DynamoDbLocalServer;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.user.dynamodb.DynamoDbUserStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every out-of-scope line of a locale's corpora (tuned, held out), resolved by the console's matcher and sent to the
 * real stream handler after a plain launch, writes nothing to DynamoDB Local beyond what the launch wrote and calls
 * neither the Reminders nor the Timers API, with both permissions granted: nothing is created, changed or deleted on
 * a request that did not name it, tuned and blind lines alike.
 */
class OutOfScopeLeavesNothingTest {

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "en-GB", "en-CA", "en-AU", "en-IN", "es-US", "es-ES", "es-MX"})
    void outOfScopeLines_shouldCreateChangeOrDeleteNothing(String locale) throws IOException {
        UtteranceMatcher matcher = new UtteranceMatcher(InteractionModel.forLocale(locale));
        CallCounter dynamoDb = new CallCounter();
        String table = DynamoDbLocalServer.newTable();
        List<String> changed = new ArrayList<>();
        try (DynamoDbClient client = DynamoDbLocalServer.client(table, dynamoDb);
             FakeAlexaApi api = FakeAlexaApi.start(ZoneId.of("America/Chicago"))
                     .grant(FakeAlexaApi.REMINDERS_SCOPE).grant(FakeAlexaApi.TIMERS_SCOPE)) {
            SkillConversation talk = SkillConversation.withAlexaApi(SkillServices.builder()
                    .store(new DynamoDbUserStore(client, table)).clock(MutableClock.at("2026-11-24T12:45:00Z"))
                    .zoneLookup(new SettingsApiZoneLookup()).build(), api).inLocale(locale);
            List<String> lines = outOfScopeLines(locale);
            assertThat(lines).isNotEmpty();
            for (String line : lines) {
                UtteranceMatcher.Match match = matcher.match(line);
                dynamoDb.reset();
                talk.launch();
                int launchWrites = dynamoDb.writes();
                int alertCallsBefore = alertCalls(api);
                talk.say(match.intent(), slots(match));
                if (dynamoDb.writes() > launchWrites || alertCalls(api) > alertCallsBefore) {
                    changed.add("\"" + line + "\" -> " + match.intent());
                }
                talk.endSession();
            }
        }
        assertThat(changed).as("out-of-scope lines that wrote or called an alerts API").isEmpty();
    }

    private static int alertCalls(FakeAlexaApi api) {
        return (int) api.calls().stream().filter(call -> call.contains("/alerts/")).count();
    }

    private static Map<String, String> slots(UtteranceMatcher.Match match) {
        Map<String, String> slots = new LinkedHashMap<>();
        match.slots().forEach((name, slot) -> slots.put(name, slot.resolution()
                .map(value -> BuiltInSlotValues.isBuiltIn(match.slotTypes().get(name)) ? value.id()
                        : slot.spoken() + "|" + value.id())
                .orElse(slot.spoken())));
        return slots;
    }

    private static Path tunedCorpus(String locale) {
        return RoutingCorpus.EN_US.resolveSibling((locale.startsWith("es") ? "es-US" : "en-US") + ".tsv");
    }

    private static List<String> outOfScopeLines(String locale) throws IOException {
        return outOfScopeLines(tunedCorpus(locale), RoutingCorpus.EN_US.resolveSibling(locale + ".heldout.tsv"));
    }

    private static List<String> outOfScopeLines(Path... files) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path file : files) {
            if (Files.exists(file)) {
                RoutingCorpus.read(file).lines().stream().filter(line -> line.target().isOutOfScope())
                        .map(RoutingCorpus.Line::phrasing).filter(phrasing -> !lines.contains(phrasing))
                        .forEach(lines::add);
            }
        }
        return lines;
    }
}
