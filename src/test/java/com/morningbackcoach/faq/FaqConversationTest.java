package com.morningbackcoach.faq;

import com.fasterxml.jackson.databind.JsonNode;
import com.morningbackcoach.local.InteractionModel;
import com.morningbackcoach.local.UtteranceMatcher;
import com.morningbackcoach.safety.SymptomWords;
import com.morningbackcoach.testing.ModelFile;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FaqConversationTest {

    private final Faq faq = Faq.english();
    private final UtteranceMatcher matcher = new UtteranceMatcher(InteractionModel.load(InteractionModel.DEFAULT_PATH));
    private final SkillConversation talk = new SkillConversation(
            TestServices.inMemory(MutableClock.at("2026-11-24T07:00:00Z"))).afterSafetyNote();

    private String answerOf(String topicId) {
        return faq.topic(topicId).orElseThrow().answer();
    }

    @Test
    void everyDirectPhrasing_shouldReachItsTopicsAnswer() {
        JsonNode intents = ModelFile.languageModel().path("intents");
        faq.directQuestions().forEach((intent, topicId) -> {
            intents.forEach(node -> {
                if (node.path("name").asText().equals(intent)) {
                    node.path("samples").forEach(sample ->
                            assertThat(matcher.match(sample.asText()).intent()).as(sample.asText()).isEqualTo(intent));
                }
            });
            talk.launch();
            assertThat(talk.say(intent).speech()).as(intent).contains(answerOf(topicId));
        });
    }

    @Test
    void aSynonymOfEveryTopic_shouldResolveAndBeAnswered() {
        ModelFile.languageModel().path("types").get(0).path("values").forEach(value -> {
            String id = value.path("id").asText();
            String synonym = value.path("name").path("synonyms").get(0).asText();
            UtteranceMatcher.Match match = matcher.match("tell me about " + synonym);
            assertThat(match.intent()).as(synonym).isEqualTo("AskQuestionIntent");
            assertThat(match.slots().get("topic").resolution()).as(synonym)
                    .hasValueSatisfying(resolved -> assertThat(resolved.id()).isEqualTo(id));

            talk.launch();
            String heard = talk.say("AskQuestionIntent", Map.of("topic", synonym + "|" + id)).speech();
            if (SymptomWords.forLocale(Locale.US).signIn(synonym).isPresent()) {
                assertThat(heard).as(synonym).contains("Stop that movement now");
            } else {
                assertThat(heard).as(synonym).contains(answerOf(id));
            }
        });
    }

    @Test
    void whyDoesMyBackCrack_shouldExplainGasBubblesAndCavitation_andAskWhatNext() {
        talk.launch();

        Reply reply = talk.say("WhyDoesMyBackCrackIntent");

        assertThat(reply.speech()).contains("gas bubbles", "cavitation", "Anything else you'd like to know?");
        assertThat(reply.question()).isEqualTo("faq.another");
        assertThat(reply.endsSession()).isFalse();
    }

    @Test
    void dehydration_shouldMentionDiscsAndJointFluid() {
        talk.launch();

        assertThat(talk.say("DehydrationIntent").speech()).contains("Discs", "fluid");
    }

    @Test
    void oneShotQuestion_shouldAnswerInFullAndEndTheSession() {
        Reply reply = talk.say("AskQuestionIntent", Map.of("topic", "habits|LONG_TERM_HABITS"));

        FaqTopic habits = faq.topic("LONG_TERM_HABITS").orElseThrow();
        assertThat(reply.speech()).contains(habits.answer(), habits.more().orElseThrow());
        assertThat(reply.endsSession()).isTrue();
    }

    @Test
    void longAnswerInSession_shouldOfferTheRest_andYesShouldGiveIt() {
        talk.launch();
        FaqTopic causes = faq.topic("CAUSES").orElseThrow();

        assertThat(talk.say("AskQuestionIntent", Map.of("topic", "causes|CAUSES")).speech()).contains("Want the rest?");
        assertThat(talk.say("AMAZON.YesIntent").speech()).contains(causes.more().orElseThrow());
    }

    @Test
    void longAnswerInSession_noThanks_shouldAskWhatElse() {
        talk.launch();
        talk.say("AskQuestionIntent", Map.of("topic", "causes|CAUSES"));

        assertThat(talk.say("AMAZON.NoIntent").speech()).contains("Anything else");
    }

    @Test
    void longAnswerInSession_goOn_shouldGiveTheRest_notStartTheRoutine() {
        talk.launch();
        talk.say("AskQuestionIntent", Map.of("topic", "causes|CAUSES"));

        Reply rest = talk.say("AMAZON.NextIntent");

        assertThat(rest.speech()).contains(faq.topic("CAUSES").orElseThrow().more().orElseThrow())
                .doesNotContain("Step 1");
        assertThat(rest.activity()).isEmpty();
    }

    @Test
    void longAnswerInSession_sayThatAgain_shouldRepeatTheAnswerAndTheOffer() {
        talk.launch();
        talk.say("AskQuestionIntent", Map.of("topic", "causes|CAUSES"));

        Reply again = talk.say("AMAZON.RepeatIntent");

        assertThat(again.speech()).contains(answerOf("CAUSES"), "Want the rest?");
    }

    @Test
    void unmatchedTopic_shouldListWhatItCanAnswer() {
        talk.launch();

        Reply reply = talk.say("AskQuestionIntent", Map.of("topic", "the weather"));

        assertThat(reply.speech()).contains("I don't have an answer", "You can ask me about");
        assertThat(reply.endsSession()).isFalse();
    }

    @Test
    void missingSlot_shouldListWhatItCanAnswer() {
        talk.launch();
        Map<String, String> empty = new HashMap<>();
        empty.put("topic", null);

        assertThat(talk.say("AskQuestionIntent", empty).speech()).contains("I don't have an answer", "You can ask me about");
        talk.launch();
        assertThat(talk.say("AskQuestionIntent").speech()).contains("I don't have an answer", "You can ask me about");
    }

    @Test
    void whatCanIAsk_twice_shouldNameDifferentTopics() {
        talk.launch();

        String first = talk.say("WhatCanIAskIntent").speech();
        String second = talk.say("WhatCanIAskIntent").speech();

        assertThat(first).startsWith("You can ask me about");
        assertThat(second).startsWith("You can ask me about").isNotEqualTo(first);
    }

    @Test
    void questionMidRoutine_shouldAnswerAndKeepTheStep() {
        talk.launch();
        talk.say("StartRoutineIntent");
        talk.say("AMAZON.NextIntent");

        assertThat(talk.say("DehydrationIntent").speech()).contains("step 2");
        assertThat(talk.say("AMAZON.NextIntent").speech()).contains("Hug one knee gently");
    }

    @Test
    void warningSigns_shouldListThemWithTheAdviceToSeeAProvider() {
        talk.launch();

        assertThat(talk.say("WhenToWorryIntent").speech()).contains("numbness", "Swelling", "healthcare provider");
    }
}
