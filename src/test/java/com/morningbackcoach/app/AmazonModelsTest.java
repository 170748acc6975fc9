package com.morningbackcoach.app;

import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.RenderDocumentDirective;
import com.amazon.ask.model.interfaces.connections.SendRequestDirective;
import com.amazon.ask.model.services.reminderManagement.ReminderRequest;
import com.amazon.ask.model.services.timerManagement.TimerRequest;
import com.amazon.ask.model.ui.AskForPermissionsConsentCard;
import com.amazon.ask.model.ui.SimpleCard;
import com.amazon.ask.model.ui.SsmlOutputSpeech;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.morningbackcoach.local.FakeAlexaApi;
import com.morningbackcoach.testing.AmazonModels;
import com.morningbackcoach.testing.ConversationState;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every response of every state and every intent, on a device with a screen, read with Amazon's own classes
 * (ask-sdk-model) failing on any property they do not define; and the bodies sent to the Reminders and Timers APIs
 * read the same way. {@code SkillConversation} reads every reply of every conversation test so too.
 */
class AmazonModelsTest {

    private static final ZoneId DEVICE_ZONE = ZoneId.of("Europe/Madrid");
    /** The intents of {@code StateIntentMatrixTest}, and those that bring a screen of their own. */
    private static final List<String> INTENTS = List.of("AMAZON.YesIntent", "AMAZON.NoIntent", "AMAZON.NextIntent",
            "AMAZON.PreviousIntent", "AMAZON.RepeatIntent", "AMAZON.StartOverIntent", "AMAZON.HelpIntent",
            "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent",
            "WhyDoesMyBackCrackIntent", "StreakIntent", "StartRoutineIntent", "CheckMyBackIntent", "PainIntent");
    private FakeAlexaApi api;

    @BeforeEach
    void startApi() throws IOException {
        api = FakeAlexaApi.start(DEVICE_ZONE);
    }

    @AfterEach
    void stopApi() {
        api.close();
    }

    private static SkillConversation show() {
        return new SkillConversation(TestServices.inMemory(MutableClock.at("2026-11-24T07:00:00Z"))).onAScreen();
    }

    @Test
    void everyStateAndIntent_onAScreen_answersWithAResponseAmazonsModelDefines() {
        Set<String> directives = new TreeSet<>();
        int responses = 0;
        for (ConversationState state : ConversationState.values()) {
            for (String intent : INTENTS) {
                SkillConversation talk = show();
                state.reach(talk);
                Reply reply = talk.say(intent);
                ResponseEnvelope read = AmazonModels.response(reply.envelope());
                assertThat(read.getResponse().getOutputSpeech()).as("%s in %s", intent, state)
                        .isInstanceOf(SsmlOutputSpeech.class);
                read.getResponse().getDirectives().forEach(directive -> directives.add(directive.getType()));
                responses += talk.replies().size();
            }
        }

        assertThat(directives).contains("Alexa.Presentation.APL.RenderDocument");
        assertThat(responses).isGreaterThan(ConversationState.values().length * INTENTS.size());
    }

    @Test
    void aScreensDirective_readsAsRenderDocument_withItsOneDataSource() {
        SkillConversation talk = show().afterSafetyNote();
        talk.launch();

        ResponseEnvelope read = AmazonModels.response(talk.say("StartRoutineIntent").envelope());

        RenderDocumentDirective screen = (RenderDocumentDirective) read.getResponse().getDirectives().get(0);
        assertThat(screen.getDatasources()).containsOnlyKeys("stepData");
        assertThat(screen.getDocument()).containsEntry("type", "APL");
        assertThat(read.getResponse().getReprompt().getOutputSpeech()).isInstanceOf(SsmlOutputSpeech.class);
    }

    @Test
    void aReminder_andATimer_sendBodiesAmazonsModelDefines_andTheirConversationsToo() {
        SkillConversation talk = SkillConversation.withAlexaApi(
                TestServices.inMemory(MutableClock.at("2026-11-24T07:00:00Z")), api).onAScreen().afterSafetyNote();
        List<Reply> replies = new ArrayList<>();
        replies.add(talk.say("SetReminderIntent", Map.of("time", "07:00")));
        replies.add(talk.answerPermission("ACCEPTED"));
        replies.add(talk.say("ChangeReminderIntent", Map.of("time", "06:30")));
        replies.add(talk.say("TimerIntent", Map.of("duration", "PT2M")));
        replies.add(talk.answerPermission("ACCEPTED"));

        List<ReminderRequest> reminders = bodies("/v1/alerts/reminders", AmazonModels::reminder);
        List<TimerRequest> timers = bodies("/v1/alerts/timers", AmazonModels::timer);

        assertThat(reminders).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(reminder -> assertThat(reminder.getTrigger().getRecurrence().getRecurrenceRules())
                        .singleElement().asString().startsWith("FREQ=DAILY;"));
        assertThat(timers).singleElement()
                .satisfies(timer -> assertThat(timer.getDuration()).isEqualTo("PT2M"));
        SendRequestDirective askFor = (SendRequestDirective) AmazonModels.response(replies.get(0).envelope())
                .getResponse().getDirectives().get(0);
        assertThat(askFor.getName()).isEqualTo("AskFor");
    }

    @Test
    void aCardAskingForPermission_readsAsAskForPermissionsConsentCard() {
        SkillConversation talk = SkillConversation.withAlexaApi(
                TestServices.inMemory(MutableClock.at("2026-11-24T07:00:00Z")), api).afterSafetyNote();
        Reply asked = talk.say("SetReminderIntent", Map.of("time", "07:00"));

        Reply card = talk.permissionAnswer("400", FakeAlexaApi.REMINDERS_SCOPE, "",
                asked.permissionRequest().path("token").asText());

        assertThat(AmazonModels.response(card.envelope()).getResponse().getCard())
                .isInstanceOf(AskForPermissionsConsentCard.class);
    }

    @Test
    void aFinishedRoutine_readsWithItsSimpleCard() {
        Reply finish = show().afterSafetyNote().completeRoutine();

        assertThat(AmazonModels.response(finish.envelope()).getResponse().getCard()).isInstanceOf(SimpleCard.class);
    }

    @Test
    void anInventedProperty_anywhere_failsTheCheck() {
        JsonNode real = show().afterSafetyNote().launch().envelope();

        assertThat(AmazonModels.response(real)).isNotNull();
        assertThatThrownBy(() -> AmazonModels.response(with(real, "/response", "shouldEndSesion", "true")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("shouldEndSesion");
        assertThatThrownBy(() -> AmazonModels.response(with(real, "/response/directives/0", "datasource", "{}")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("datasource");
        assertThatThrownBy(() -> AmazonModels.response(with(real, "/response/outputSpeech", "voice", "\"Lucia\"")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("voice");
        ObjectNode unknownType = real.deepCopy();
        ((ObjectNode) unknownType.at("/response/directives/0")).put("type", "Alexa.Presentation.APL.Render");
        assertThatThrownBy(() -> AmazonModels.response(unknownType)).isInstanceOf(AssertionError.class);
    }

    @Test
    void anInventedProperty_inAReminderOrTimerBody_failsTheCheck() {
        SkillConversation talk = SkillConversation.withAlexaApi(
                TestServices.inMemory(MutableClock.at("2026-11-24T07:00:00Z")), api).afterSafetyNote();
        api.grant(FakeAlexaApi.REMINDERS_SCOPE).grant(FakeAlexaApi.TIMERS_SCOPE);
        talk.say("SetReminderIntent", Map.of("time", "07:00"));
        talk.say("TimerIntent", Map.of("duration", "PT2M"));
        JsonNode reminder = body("/v1/alerts/reminders");
        JsonNode timer = body("/v1/alerts/timers");

        assertThat(AmazonModels.reminder(reminder)).isNotNull();
        assertThat(AmazonModels.timer(timer)).isNotNull();
        assertThatThrownBy(() -> AmazonModels.reminder(with(reminder, "/trigger", "timeZone", "\"Europe/Madrid\"")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("timeZone");
        assertThatThrownBy(() -> AmazonModels.timer(with(timer, "", "label", "\"hold\"")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("label");
        ObjectNode noTrigger = reminder.deepCopy();
        noTrigger.remove("trigger");
        assertThatThrownBy(() -> AmazonModels.reminder(noTrigger)).isInstanceOf(AssertionError.class);
    }

    private <T> List<T> bodies(String path, Function<JsonNode, T> read) {
        return api.received().stream()
                .filter(call -> call.call().equals("POST " + path) || call.call().startsWith("PUT " + path + "/"))
                .map(call -> read.apply(call.body())).toList();
    }

    private JsonNode body(String path) {
        return api.received().stream().filter(call -> call.call().equals("POST " + path)).findFirst()
                .orElseThrow(() -> new AssertionError("Nothing was posted to " + path + ": " + api.calls()))
                .body();
    }

    private static JsonNode with(JsonNode json, String at, String name, String value) {
        ObjectNode copy = json.deepCopy();
        try {
            ((ObjectNode) copy.at(at)).set(name, new com.fasterxml.jackson.databind.ObjectMapper().readTree(value));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return copy;
    }
}
