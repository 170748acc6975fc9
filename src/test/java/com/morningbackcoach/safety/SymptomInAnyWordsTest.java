package com.morningbackcoach.safety;

import com.morningbackcoach.conversation.SkillServices;
import com.morningbackcoach.testing.ConversationState;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import com.morningbackcoach.user.StoredProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A symptom said in any words is a symptom: the words of any custom slot, in any intent, state and language, are read
 * for pain before anything else answers, and a match is handled exactly as "that hurts" with that sign.
 */
class SymptomInAnyWordsTest {

    /** Every custom slot of the models, by its intent. */
    private static final List<List<String>> CUSTOM_SLOTS = List.of(
            List.of("AskQuestionIntent", "topic"), List.of("ExplainMoveIntent", "move"),
            List.of("AdjustRoutineIntent", "change"), List.of("PainIntent", "symptom"));
    /** A warning sign in each language's own words, said in no model sample. */
    private static final Map<String, String> TINGLING_ARM = Map.of(
            "en-US", "my upper back cracks and my arm is tingling",
            "es-US", "me truena la espalda de arriba y me hormiguea el brazo");

    private static SkillServices services() {
        return TestServices.inMemory(MutableClock.at("2026-11-24T07:00:00Z"));
    }

    private static SkillConversation talkIn(ConversationState state, SkillServices services, String locale) {
        SkillConversation talk = new SkillConversation(services);
        state.reach(talk);
        return talk.inLocale(locale);
    }

    static Stream<Arguments> everyStateSlotAndLanguage() {
        return Stream.of(ConversationState.values()).flatMap(state -> CUSTOM_SLOTS.stream()
                .flatMap(slot -> TINGLING_ARM.keySet().stream().sorted()
                        .map(locale -> Arguments.of(state, slot.get(0), slot.get(1), locale))));
    }

    @ParameterizedTest(name = "{0} {1}.{2} {3}")
    @MethodSource("everyStateSlotAndLanguage")
    void symptomWordsInAnySlot_shouldBeAnsweredExactlyAsPainWithThatSign(ConversationState state, String intent,
                                                                       String slot, String locale) {
        SkillServices services = services();
        SkillConversation talk = talkIn(state, services, locale);
        StoredProfile before = services.store().load(talk.userId());
        SkillConversation asPain = talkIn(state, services(), locale);

        Reply heard = talk.say(intent, Map.of(slot, TINGLING_ARM.get(locale)));
        Reply pain = asPain.say("PainIntent", Map.of("symptom", TINGLING_ARM.get(locale) + "|TINGLING"));

        assertThat(heard.speech()).isEqualTo(pain.speech())
                .contains(locale.startsWith("es") ? "profesional de la salud" : "healthcare provider");
        assertThat(heard.question()).isEqualTo(pain.question());
        assertThat(heard.endsSession()).isEqualTo(pain.endsSession());
        assertThat(services.store().load(talk.userId())).as("nothing about pain is stored").isEqualTo(before);
    }

    @Test
    void aCrackAndATinglingArm_askedAsAQuestion_shouldRouteToCare_notToTrivia() {
        SkillConversation talk = new SkillConversation(services()).afterSafetyNote();
        talk.launch();

        Reply reply = talk.say("AskQuestionIntent",
                Map.of("topic", "my upper back cracks and my arm is tingling|WHY_IT_CRACKS"));

        assertThat(reply.speech()).contains("Stop that movement now", "see a healthcare provider")
                .doesNotContain("gas", "cavitation");
    }

    @Test
    void aFallOffALadder_saidAsAQuestion_shouldSendToUrgentCare() {
        SkillConversation talk = new SkillConversation(services()).afterSafetyNote();
        talk.launch();

        Reply reply = talk.say("AskQuestionIntent",
                Map.of("topic", "i came off a ladder yesterday and now it hurts to move"));

        assertThat(reply.speech()).contains("sit or lie down", "get urgent care now", "call 911")
                .doesNotContain("I don't have an answer");
        assertThat(reply.endsSession()).isTrue();
    }

    @Test
    void aSoreBackMidRoutine_shouldStopAndAskAboutTheWarningSigns_notSayNext() {
        SkillConversation talk = new SkillConversation(services());
        ConversationState.ROUTINE_3.reach(talk);

        Reply reply = talk.say("PainIntent", Map.of("symptom", "kind of sore should i keep going"));

        assertThat(reply.speech()).contains("Stop that movement now", "shoot or spread")
                .doesNotContain("say next");
        assertThat(reply.question()).isEqualTo("safety.warningSigns");
    }

    @Test
    void aLegThatGaveWay_saidInSpanish_asAnAdjustment_shouldSitDownFirst_thenUrgentCare() {
        SkillConversation talk = new SkillConversation(services());
        ConversationState.ROUTINE_3.reach(talk);
        talk.inLocale("es-MX");

        Reply reply = talk.say("AdjustRoutineIntent", Map.of("change", "más lento que se me dobló la pierna"));

        assertThat(reply.speech()).contains("siéntate o recuéstate", "urgencias", "911");
        assertThat(reply.speech().indexOf("siéntate")).isLessThan(reply.speech().indexOf("urgencias"));
        assertThat(reply.endsSession()).isTrue();
    }

    @Test
    void aResolvedPlainPain_withUrgentWords_shouldTakeTheMoreUrgentSign() {
        SkillConversation talk = new SkillConversation(services()).afterSafetyNote();
        talk.launch();

        Reply reply = talk.say("PainIntent", Map.of("symptom", "it hurts since i fell down the stairs|PAIN"));

        assertThat(reply.speech()).contains("get urgent care now");
        assertThat(reply.endsSession()).isTrue();
    }
}
