package com.morningbackcoach.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.morningbackcoach.testing.DynamoDbTestStore;
import com.morningbackcoach.testing.ModelFile;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import com.morningbackcoach.user.StoredProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of mutated request envelopes, from a fixed seed, through the Lambda stream handler against DynamoDB Local:
 * fields dropped, nulled or retyped, odd strings, unknown intents and slots, forged session attributes. The skill's
 * own code never throws (the apology never plays), every answer is valid JSON, and every stored item stays valid.
 */
class EnvelopeFuzzTest {

    static final long SEED = 20261124L;
    static final int ENVELOPES = 2400;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> USERS = List.of("amzn1.ask.account.FUZZ-A", "amzn1.ask.account.FUZZ-B");
    private static final Set<String> PROFILE_ATTRIBUTES = Set.of("pk", "sk", "currentStreak", "bestStreak",
            "totalMornings", "lastMorning", "lastCompletedAt", "placeRoutine", "placeStep", "placePart", "placeMorning",
            "placeSavedAt", "pace", "length", "gentle", "safetyNoteGiven", "tips", "audio", "level", "levelSetOn", "levelAskedOn",
            "levelDeclinedOn", "mornings", "weeklyGoal", "weekToldOn", "timeZone", "timeZoneCheckedAt", "version",
            "deletedAt", "expiresAt");
    private static final List<String> ODD_STRINGS = List.of("", " ", "\n", "line\nbreak\r\nforged log line", "x".repeat(20_000),
            "<speak>injected</speak>", "ünïcödé ✓ 中文 🙂", "\u0000\u0007", "null", "-1", "1e309", "NaN", "{", "amzn1.ask.skill.x",
            "AMAZON.YesIntent", "en-US", "es-MX", "xx-YY", "2026-13-45T99:99:99Z", "USER#x#PROFILE");

    private final DynamoDbTestStore db = new DynamoDbTestStore();
    private final MutableClock clock = MutableClock.at("2026-11-24T07:00:00Z");
    private final Random random = new Random(SEED);

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void mutatedEnvelopes_shouldNeverMakeTheSkillThrow_answerWithValidJson_andKeepEveryStoredItemValid() throws Exception {
        List<ObjectNode> seeds = seedEnvelopes();
        SkillConversation skill = new SkillConversation(TestServices.with(db.store(), clock, ZoneId.of("UTC")));
        int answered = 0;
        int refusedBySdk = 0;
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < ENVELOPES && problems.size() < 10; i++) {
            ObjectNode envelope = seeds.get(random.nextInt(seeds.size())).deepCopy();
            int mutations = 1 + random.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                mutate(envelope);
            }
            byte[] response;
            try {
                response = skill.invokeRaw(JSON.writeValueAsBytes(envelope));
            } catch (Exception e) {
                if (rejectedWhileReading(e)) {
                    refusedBySdk++;
                    continue;
                }
                problems.add("#" + i + " threw " + e + " for " + shortly(envelope));
                continue;
            }
            String body = new String(response, StandardCharsets.UTF_8);
            if (!body.isEmpty()) {
                JsonNode parsed = JSON.readTree(body);
                String speech = new Reply(parsed).speech();
                if (speech.contains("something went wrong")) {
                    problems.add("#" + i + " apologised for " + shortly(envelope));
                }
                assertThat(speech.length()).as("speech length").isLessThan(8000);
            }
            answered++;
            problems.addAll(invalidStoredItems(i));
        }

        assertThat(problems).isEmpty();
        assertThat(answered).as("envelopes that reached the skill").isGreaterThan(ENVELOPES * 2 / 3);
        assertThat(answered + refusedBySdk).isEqualTo(ENVELOPES);
    }

    /** Real envelopes from a few conversations, with the session attributes the skill itself wrote. */
    private List<ObjectNode> seedEnvelopes() {
        List<ObjectNode> seeds = new ArrayList<>();
        SkillConversation talk = new SkillConversation(TestServices.with(db.store(), clock, ZoneId.of("UTC")))
                .asUser(USERS.get(0));
        talk.launch();
        seeds.add(SkillConversation.fixture("LaunchRequest"));
        seeds.add(SkillConversation.fixture("SessionEndedRequest"));
        seeds.add(SkillConversation.fixture("SkillDisabled"));
        talk.say("StartRoutineIntent");
        talk.say("AMAZON.NoIntent");
        for (String intent : ModelFile.intentNames()) {
            seeds.add(talk.intentRequest(intent));
        }
        talk.say("AMAZON.NextIntent");
        talk.say("CheckMyBackIntent");
        talk.say("AMAZON.YesIntent");
        for (String intent : List.of("AMAZON.YesIntent", "AMAZON.NoIntent", "NotSureIntent", "AMAZON.NextIntent")) {
            seeds.add(talk.intentRequest(intent));
        }
        talk.say("AskQuestionIntent", Map.of("topic", "causes|CAUSES"));
        seeds.add(talk.intentRequest("AMAZON.YesIntent"));
        ObjectNode withSlots = talk.intentRequest("AskQuestionIntent");
        ((ObjectNode) withSlots.path("request").path("intent")).set("slots", JSON.valueToTree(Map.of("topic", Map.of(
                "name", "topic", "value", "crack", "resolutions", Map.of("resolutionsPerAuthority", List.of(Map.of(
                        "authority", "x", "status", Map.of("code", "ER_SUCCESS_MATCH"),
                        "values", List.of(Map.of("value", Map.of("name", "crack", "id", "WHY_IT_CRACKS"))))))))));
        seeds.add(withSlots);
        seeds.addAll(savedSessionsWithOneFieldRemoved());
        return seeds;
    }

    @Test
    void sessionsTheSkillSaved_withAnyOneFieldRemoved_shouldBeAnsweredWithoutAnApology() throws Exception {
        List<String> problems = new ArrayList<>();
        SkillConversation skill = new SkillConversation(TestServices.with(db.store(), clock, ZoneId.of("UTC")));
        List<ObjectNode> damaged = savedSessionsWithOneFieldRemoved();
        for (ObjectNode envelope : damaged) {
            String speech = new Reply(JSON.readTree(skill.invokeRaw(JSON.writeValueAsBytes(envelope)))).speech();
            if (speech.isBlank() || speech.contains("something went wrong")) {
                problems.add(shortly(envelope));
            }
        }

        assertThat(damaged).hasSizeGreaterThan(20);
        assertThat(problems).isEmpty();
    }

    /**
     * Next and the streak question in sessions the skill itself saved mid-routine, each with one field of one session
     * attribute (the profile copy, the activity and its state) removed.
     */
    private List<ObjectNode> savedSessionsWithOneFieldRemoved() {
        SkillConversation talk = new SkillConversation(TestServices.with(db.store(), clock, ZoneId.of("UTC")))
                .asUser(USERS.get(1));
        talk.completeRoutine();
        talk.launch();
        talk.say("StartRoutineIntent");
        talk.say("AMAZON.NextIntent");
        List<ObjectNode> damaged = new ArrayList<>();
        for (String intent : List.of("AMAZON.NextIntent", "StreakIntent")) {
            ObjectNode saved = talk.intentRequest(intent);
            JsonNode attributes = saved.path("session").path("attributes");
            for (Iterator<String> names = attributes.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                for (List<String> path : fieldPaths(attributes.path(name), List.of(name))) {
                    ObjectNode copy = saved.deepCopy();
                    JsonNode parent = copy.path("session").path("attributes");
                    for (String step : path.subList(0, path.size() - 1)) {
                        parent = parent.path(step);
                    }
                    ((ObjectNode) parent).remove(path.get(path.size() - 1));
                    damaged.add(copy);
                }
            }
        }
        return damaged;
    }

    private static List<List<String>> fieldPaths(JsonNode node, List<String> at) {
        List<List<String>> paths = new ArrayList<>();
        paths.add(at);
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                List<String> deeper = new ArrayList<>(at);
                deeper.add(name);
                paths.addAll(fieldPaths(node.path(name), deeper));
            }
        }
        return paths;
    }

    private void mutate(ObjectNode envelope) {
        switch (random.nextInt(10)) {
            case 0 -> removeRandomField(envelope);
            case 1 -> replaceRandomValue(envelope, NODES.nullNode());
            case 2 -> replaceRandomValue(envelope, randomValue());
            case 3 -> obj(envelope, "request").set("intent", JSON.valueToTree(Map.of("name",
                    random.nextBoolean() ? pick(ModelFile.intentNames()) : pick(ODD_STRINGS))));
            case 4 -> forgeSessionAttribute(envelope);
            case 5 -> obj(envelope, "request").put("locale", pick(ODD_STRINGS));
            case 6 -> obj(envelope, "request").put("timestamp",
                    random.nextBoolean() ? pick(ODD_STRINGS) : clock.instant().plusSeconds(random.nextInt(2_000_000) - 1_000_000).toString());
            case 7 -> obj(obj(obj(envelope, "context"), "System"), "user").put("userId",
                    random.nextInt(4) == 0 ? pick(ODD_STRINGS) : pick(USERS));
            case 8 -> oddSlots(envelope);
            default -> replaceRandomValue(envelope, NODES.textNode(pick(ODD_STRINGS)));
        }
    }

    private void forgeSessionAttribute(ObjectNode envelope) {
        ObjectNode attributes = obj(obj(envelope, "session"), "attributes");
        String key = pick(List.of("activity", "question", "profile", "declined", "faqMore", "faqRound", "checkFinished",
                "checkUnsureTold", "routineHeard", "zoneAsked", "newZone"));
        JsonNode value = switch (random.nextInt(6)) {
            case 0 -> JSON.valueToTree(Map.of("kind", pick(List.of("routine", "check", "nope")), "state",
                    Map.of("routine", pick(List.of("morning", "../../etc", "")), "step", random.nextInt(40) - 5,
                            "part", random.nextInt(10) - 2, "morning", pick(List.of("2026-11-24", "x")))));
            case 1 -> JSON.valueToTree(Map.of("current", random.nextInt(200) - 100, "best", random.nextInt(50),
                    "total", random.nextInt(500), "lastMorning", "2026-11-23", "pace", pick(List.of("SLOW", "WARP")),
                    "length", "FULL", "gentle", true, "safetyNoteGiven", true,
                    "version", random.nextBoolean() ? Long.MAX_VALUE : random.nextInt(10) - 3));
            case 2 -> NODES.textNode(pick(ODD_STRINGS));
            case 3 -> NODES.numberNode(random.nextInt(2000) - 1000);
            case 4 -> NODES.arrayNode().add(1).add("x");
            default -> JSON.valueToTree(Map.of("deletedAt", pick(List.of("2026-11-24T07:00:00Z", "soon")),
                    "absent", random.nextBoolean()));
        };
        attributes.set(key, value);
    }

    private void oddSlots(ObjectNode envelope) {
        ObjectNode intent = obj(obj(envelope, "request"), "intent");
        String slot = pick(List.of("topic", "move", "change", "symptom", "other"));
        ObjectNode resolution = NODES.objectNode();
        resolution.putObject("status").put("code", pick(List.of("ER_SUCCESS_MATCH", "ER_SUCCESS_NO_MATCH", "ER_ERROR_TIMEOUT")));
        ArrayNode values = resolution.putArray("values");
        ObjectNode value = values.addObject().putObject("value");
        if (random.nextBoolean()) {
            value.put("id", pick(List.of("WHY_IT_CRACKS", "SLOWER", "GROIN_NUMB", "DEAD_BUG", "", "nope")));
        }
        if (random.nextBoolean()) {
            value.put("name", pick(ODD_STRINGS));
        }
        ObjectNode slotNode = obj(intent, "slots").putObject(slot);
        slotNode.put("name", slot);
        if (random.nextBoolean()) {
            slotNode.put("value", pick(ODD_STRINGS));
        }
        slotNode.putObject("resolutions").putArray("resolutionsPerAuthority").add(resolution);
    }

    /** The object under {@code name}, made one when a mutation left something else there. */
    private static ObjectNode obj(ObjectNode parent, String name) {
        if (parent.get(name) instanceof ObjectNode object) {
            return object;
        }
        return parent.putObject(name);
    }

    private void removeRandomField(ObjectNode root) {
        ObjectNode parent = randomObject(root);
        List<String> names = new ArrayList<>();
        parent.fieldNames().forEachRemaining(names::add);
        if (!names.isEmpty()) {
            parent.remove(pick(names));
        }
    }

    private void replaceRandomValue(ObjectNode root, JsonNode value) {
        ObjectNode parent = randomObject(root);
        List<String> names = new ArrayList<>();
        parent.fieldNames().forEachRemaining(names::add);
        if (!names.isEmpty()) {
            parent.set(pick(names), value);
        }
    }

    private ObjectNode randomObject(ObjectNode root) {
        ObjectNode current = root;
        for (int depth = 0; depth < 4; depth++) {
            List<ObjectNode> children = new ArrayList<>();
            Iterator<JsonNode> values = current.elements();
            values.forEachRemaining(child -> {
                if (child instanceof ObjectNode object) {
                    children.add(object);
                }
            });
            if (children.isEmpty() || random.nextInt(3) == 0) {
                return current;
            }
            current = pick(children);
        }
        return current;
    }

    private JsonNode randomValue() {
        return switch (random.nextInt(5)) {
            case 0 -> NODES.numberNode(random.nextLong());
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.arrayNode().add(pick(ODD_STRINGS));
            case 3 -> NODES.objectNode().put("x", pick(ODD_STRINGS));
            default -> NODES.textNode(pick(ODD_STRINGS));
        };
    }

    private List<String> invalidStoredItems(int index) {
        List<String> problems = new ArrayList<>();
        for (Map<String, AttributeValue> item : db.client().scan(b -> b.tableName(db.table())).items()) {
            if (!PROFILE_ATTRIBUTES.containsAll(item.keySet())) {
                problems.add("#" + index + " stored unknown attributes " + item.keySet());
            }
        }
        for (String user : USERS) {
            try {
                StoredProfile stored = db.store().load(user);
                assertThat(stored).isNotNull();
            } catch (RuntimeException e) {
                problems.add("#" + index + " stored an invalid profile for " + user + ": " + e);
            }
        }
        return problems;
    }

    /**
     * The SDK reads the envelope before any skill code runs, and refuses a body it cannot read. An exception counts
     * against the skill only when the skill's own code is on its stack.
     */
    private static boolean rejectedWhileReading(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            for (StackTraceElement frame : cause.getStackTrace()) {
                String type = frame.getClassName();
                if (type.startsWith("com.morningbackcoach.") && !type.startsWith("com.morningbackcoach.local.")
                        && !type.startsWith("com.morningbackcoach.testing.") && !type.endsWith("Test")
                        && !type.contains("Test$") && !type.endsWith("MorningBackCoachStreamHandler")) {
                    return false;
                }
            }
        }
        return true;
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static String shortly(JsonNode envelope) {
        String text = envelope.toString();
        return text.length() > 600 ? text.substring(0, 600) + "..." : text;
    }
}
