package com.morningbackcoach.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The screens the skill really sends, written for the APL renderer ({@code tools/apl-render}): each case is the
 * document name, the datasources and the text and buttons that must show, taken from a RenderDocument directive the
 * handler emitted, in {@code target/apl-samples/<document>/<case>.json}. Before writing, each one must bind as the
 * device binds it: one data source, the one its document reads under {@code payload}, with every field it reads.
 */
class ScreenSamplesTest {

    static final Path SAMPLES = Path.of("target/apl-samples");
    private static final Path DOCUMENTS = Path.of("src/main/resources/apl");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Pattern READ = Pattern.compile("\\bpayload\\.(\\w+)(?:\\.(\\w+))?");
    private static final int START_LENGTH = 32;

    @Test
    void everyScreenTheSkillSends_bindsAsTheDeviceBindsIt_andIsWrittenForTheRenderer() throws IOException {
        Map<String, Reply> cases = cases();
        Set<String> documents = new TreeSet<>();
        List<ObjectNode> samples = new ArrayList<>();
        cases.forEach((name, reply) -> {
            String document = documentName(reply.screenDocument());
            assertThat(document).as("the document of %s", name).isEqualTo(name.substring(0, name.indexOf('/')));
            documents.add(document);
            assertBindsAsTheDocumentReads(name, document, reply);
            samples.add(sample(name, document, reply));
        });

        assertThat(documents).as("documents the cases show").isEqualTo(new TreeSet<>(documentNames()));
        write(samples);
        try (Stream<Path> written = Files.walk(SAMPLES)) {
            assertThat(written.filter(file -> file.toString().endsWith(".json")).count()).isEqualTo(cases.size());
        }
    }

    @Test
    void aDataSourceNamedAsTheDocumentDoesNotRead_isCaught() {
        Reply reply = menuOf(device("en-US"));
        ObjectNode envelope = reply.envelope().deepCopy();
        ObjectNode datasources = (ObjectNode) envelope.path("response").path("directives").get(0).path("datasources");
        datasources.set("payload", datasources.remove(datasources.fieldNames().next()));

        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        assertBindsAsTheDocumentReads("renamed", "launch", new Reply(envelope)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("payload");
    }

    /** The replies to show, by case name ({@code <document>/<case>}), each from the real handler on a screen. */
    private static Map<String, Reply> cases() {
        Map<String, Reply> cases = new LinkedHashMap<>();
        cases.put("launch/new-user", new SkillConversation(services()).onAScreen().launch());
        SkillConversation show = device("en-US");
        cases.put("launch/menu", menuOf(show));
        cases.put("routine-step/first-step", show.say("StartRoutineIntent"));
        cases.put("routine-step/with-holds", show.say("AMAZON.NextIntent"));
        cases.put("answer/pain", show.say("PainIntent"));
        cases.put("answer/resume-offer", resumeOffer(device("en-US")));
        cases.put("routine-step/resumed", resumed(device("en-US")));
        SkillConversation check = device("en-US");
        check.launch();
        cases.put("check-question/first", check.say("CheckMyBackIntent"));
        cases.put("check-question/after-a-tap", check.tap("AMAZON.YesIntent"));
        cases.put("answer/self-check-result", checkResult(device("en-US")));
        cases.put("answer/question", device("en-US").say("AskQuestionIntent", Map.of("topic", "causes|CAUSES")));
        cases.put("answer/story", device("en-US").say("AskQuestionIntent",
                Map.of("topic", "desk worker|DESK_WORKER")));
        cases.put("finish/first-morning", onAScreen(services()).completeRoutine());
        cases.putAll(mornings("en-US", 3));
        cases.put("launch/returning", returning("en-US"));
        for (String locale : List.of("es-ES", "en-IN")) {
            String tag = locale.toLowerCase();
            cases.putAll(longest(locale, tag));
            cases.put("check-question/longest-" + tag, longestQuestion(locale));
        }
        cases.put("launch/returning-es-us", returning("es-US"));
        cases.putAll(mornings("es-MX", 1));
        return cases;
    }

    private static MutableClock clock() {
        return MutableClock.at("2026-11-24T07:00:00Z");
    }

    private static SkillServices services() {
        return TestServices.inMemory(clock());
    }

    private static SkillConversation onAScreen(SkillServices services) {
        return new SkillConversation(services).onAScreen();
    }

    private static SkillConversation device(String locale) {
        return onAScreen(services()).inLocale(locale).afterSafetyNote();
    }

    private static Reply menuOf(SkillConversation show) {
        return show.launch();
    }

    private static Reply resumeOffer(SkillConversation show) {
        show.launch();
        show.say("StartRoutineIntent");
        show.say("AMAZON.NextIntent");
        show.endSession();
        return show.launch();
    }

    private static Reply resumed(SkillConversation show) {
        resumeOffer(show);
        return show.say("AMAZON.YesIntent");
    }

    private static Reply checkResult(SkillConversation show) {
        show.launch();
        Reply reply = show.say("CheckMyBackIntent");
        for (int question = 0; question < 7; question++) {
            reply = show.say(question == 2 ? "AMAZON.YesIntent" : "AMAZON.NoIntent");
        }
        return reply;
    }

    /** The finish screen of the last of {@code count} mornings in a row. */
    private static Map<String, Reply> mornings(String locale, int count) {
        MutableClock clock = clock();
        SkillConversation show = onAScreen(TestServices.inMemory(clock)).inLocale(locale).afterSafetyNote();
        Reply finish = show.completeRoutine();
        for (int morning = 1; morning < count; morning++) {
            clock.advance(Duration.ofDays(1));
            finish = show.completeRoutine();
        }
        String tag = locale.equals("en-US") ? "" : "-" + locale.toLowerCase();
        return Map.of("finish/morning-" + count + tag, finish);
    }

    /** The menu of a user back on the morning after two mornings in a row. */
    private static Reply returning(String locale) {
        MutableClock clock = clock();
        SkillConversation show = onAScreen(TestServices.inMemory(clock)).inLocale(locale).afterSafetyNote();
        show.completeRoutine();
        clock.advance(Duration.ofDays(1));
        show.completeRoutine();
        clock.advance(Duration.ofDays(1));
        return show.launch();
    }

    /** The step screen with the longest instruction and with the longest step name, walking the whole routine. */
    private static Map<String, Reply> longest(String locale, String tag) {
        SkillConversation show = device(locale);
        show.launch();
        List<Reply> steps = new ArrayList<>();
        Reply reply = show.say("StartRoutineIntent");
        while (reply.screenDataName().equals("stepData")) {
            steps.add(reply);
            reply = show.say("AMAZON.NextIntent");
        }
        assertThat(steps).as("step screens in %s", locale).hasSizeGreaterThan(5);
        Map<String, Reply> found = new LinkedHashMap<>();
        found.put("routine-step/longest-instruction-" + tag, longestBy(steps, "instruction"));
        Reply longestPart = longestBy(steps, "part");
        if (longestPart != found.get("routine-step/longest-instruction-" + tag)) {
            found.put("routine-step/longest-part-" + tag, longestPart);
        }
        return found;
    }

    private static Reply longestQuestion(String locale) {
        SkillConversation show = device(locale);
        show.launch();
        List<Reply> questions = new ArrayList<>();
        questions.add(show.say("CheckMyBackIntent"));
        for (int question = 1; question < 7; question++) {
            questions.add(show.say("AMAZON.NoIntent"));
        }
        return longestBy(questions, "question");
    }

    private static Reply longestBy(List<Reply> replies, String field) {
        return replies.stream().max(Comparator.comparingInt(reply -> reply.screenPayload().path(field).asText().length()))
                .orElseThrow();
    }

    /**
     * One data source, the one every {@code payload.<name>} of the document names, holding every field the document
     * reads from it (an empty list is left out of the response, so a list the document guards with a length check may
     * be absent); and the one parameter {@code payload}, which Alexa's device runtime binds to all datasources.
     */
    static void assertBindsAsTheDocumentReads(String name, String document, Reply reply) {
        JsonNode datasources = reply.screenDatasources();
        JsonNode sent = reply.screenDocument();
        assertThat(sent.path("mainTemplate").path("parameters").toString()).as(name).isEqualTo("[\"payload\"]");
        assertThat(datasources.size()).as("%s: data sources", name).isEqualTo(1);
        String dataName = datasources.fieldNames().next();
        String mainTemplate = sent.path("mainTemplate").toString();
        Matcher read = READ.matcher(mainTemplate);
        int fields = 0;
        while (read.find()) {
            assertThat(read.group(1)).as("%s: %s reads payload.%s, the skill sends %s", name, document,
                    read.group(1), dataName).isEqualTo(dataName);
            assertThat(read.group(2)).as("%s: %s reads payload.%s alone", name, document, dataName).isNotNull();
            String field = read.group(2);
            boolean guarded = mainTemplate.contains("payload." + dataName + "." + field + ".length > 0");
            assertThat(datasources.path(dataName).has(field) || guarded)
                    .as("%s: %s reads payload.%s.%s", name, document, dataName, field).isTrue();
            fields++;
        }
        assertThat(fields).as("%s: fields %s reads", name, document).isPositive();
    }

    /** The case as the renderer reads it: what to render, and what must show on which screen. */
    private static ObjectNode sample(String name, String document, Reply reply) {
        JsonNode data = reply.screenPayload();
        ObjectNode sample = JSON.createObjectNode();
        sample.put("case", name);
        sample.put("document", document);
        sample.put("speech", reply.speech());
        sample.set("datasources", reply.screenDatasources());
        List<String> everywhere = new ArrayList<>();
        List<String> notRound = new ArrayList<>();
        List<String> starts = new ArrayList<>();
        switch (document) {
            case "launch" -> everywhere.addAll(texts(data, "title", "streak"));
            case "routine-step" -> {
                everywhere.addAll(texts(data, "step", "part"));
                notRound.addAll(texts(data, "stepName"));
                starts.add(start(data.path("instruction").asText()));
            }
            case "check-question" -> {
                everywhere.addAll(texts(data, "header", "question"));
                notRound.addAll(texts(data, "hint"));
            }
            case "answer" -> {
                everywhere.addAll(texts(data, "title"));
                starts.add(start(data.path("text").asText()));
            }
            case "finish" -> {
                everywhere.addAll(texts(data, "title", "current", "currentLabel", "totals"));
                notRound.addAll(texts(data, "message"));
            }
            default -> throw new AssertionError("No expectations for the document " + document);
        }
        List<String> buttons = new ArrayList<>();
        List<String> roundButtons = new ArrayList<>();
        for (JsonNode button : data.path("buttons")) {
            buttons.add(button.path("label").asText());
            if (button.path("primary").asBoolean()) {
                roundButtons.add(button.path("label").asText());
            }
        }
        List<String> withRound = new ArrayList<>(everywhere);
        withRound.addAll(notRound);
        sample.set("expectText", byViewport(withRound, everywhere));
        sample.set("expectTextStart", byViewport(starts, document.equals("routine-step") ? List.of() : starts));
        sample.set("expectButtons", byViewport(buttons, roundButtons));
        return sample;
    }

    private static List<String> texts(JsonNode data, String... fields) {
        List<String> texts = new ArrayList<>();
        for (String field : fields) {
            String text = data.path(field).asText();
            assertThat(text).as("screen field %s", field).isNotBlank();
            texts.add(text);
        }
        return texts;
    }

    /** The first words of a text shown in a scrolling box, where only its start is sure to show. */
    private static String start(String text) {
        if (text.length() <= START_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', START_LENGTH);
        return text.substring(0, cut > 0 ? cut : START_LENGTH);
    }

    private static ObjectNode byViewport(List<String> rectangle, List<String> round) {
        ObjectNode node = JSON.createObjectNode();
        ArrayNode all = node.putArray("*");
        rectangle.forEach(all::add);
        ArrayNode onRound = node.putArray("round");
        round.forEach(onRound::add);
        return node;
    }

    private static void write(List<ObjectNode> samples) throws IOException {
        if (Files.exists(SAMPLES)) {
            try (Stream<Path> old = Files.walk(SAMPLES)) {
                for (Path file : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        for (ObjectNode sample : samples) {
            Path file = SAMPLES.resolve(sample.path("case").asText() + ".json");
            Files.createDirectories(file.getParent());
            JSON.writeValue(file.toFile(), sample);
        }
    }

    private static String documentName(JsonNode document) {
        for (String name : documentNames()) {
            if (Screens.document(name).equals(JSON.convertValue(document, Map.class))) {
                return name;
            }
        }
        throw new AssertionError("A document that is not one of the skill's: " + document.path("description"));
    }

    private static List<String> documentNames() {
        try (Stream<Path> files = Files.list(DOCUMENTS)) {
            return files.map(file -> file.getFileName().toString().replace(".json", "")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
