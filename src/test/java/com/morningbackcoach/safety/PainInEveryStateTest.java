package com.morningbackcoach.safety;

import com.morningbackcoach.conversation.SkillServices;
import com.morningbackcoach.testing.ConversationState;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import com.morningbackcoach.user.StoredProfile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;

import static com.morningbackcoach.testing.TestStores.stored;
import static org.assertj.core.api.Assertions.assertThat;

/** "That hurts" at any moment stops the movement and routes by what was said; nothing about it is stored. */
class PainInEveryStateTest {

    private SkillConversation talkIn(ConversationState state, SkillServices services) {
        SkillConversation talk = new SkillConversation(services);
        state.reach(talk);
        return talk;
    }

    private static SkillServices services() {
        return TestServices.inMemory(MutableClock.at("2026-11-24T07:00:00Z"));
    }

    /** Everywhere but at the warning-sign question itself, where pain said again is taken as a warning sign. */
    @ParameterizedTest
    @EnumSource(value = ConversationState.class, names = "PAIN_QUESTION", mode = EnumSource.Mode.EXCLUDE)
    void plainPain_shouldStopTheMovement_giveThePainRule_andAskAboutTheWarningSigns(ConversationState state) {
        SkillServices services = services();
        SkillConversation talk = talkIn(state, services);
        StoredProfile before = services.store().load(talk.userId());

        Reply reply = talk.say("PainIntent");

        assertThat(reply.speech()).contains("Stop that movement now", "stop anything that hurts",
                "shoot or spread", "numbness, tingling, weakness");
        assertThat(reply.question()).isEqualTo("safety.warningSigns");
        assertThat(services.store().load(talk.userId())).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(ConversationState.class)
    void warningSigns_shouldRouteToAHealthcareProvider_andMentionTheUrgentSigns(ConversationState state) {
        SkillServices services = services();
        SkillConversation talk = talkIn(state, services);
        StoredProfile before = services.store().load(talk.userId());

        boolean inRoutine = talk.inSession() && "routine".equals(talk.lastReply().activity());

        Reply reply = talk.say("PainIntent", Map.of("symptom", "my leg is tingling|TINGLING"));

        assertThat(reply.speech()).contains("Stop that movement now", "see a healthcare provider",
                "numbness around your groin or buttocks", "call 911");
        if (inRoutine) {
            assertThat(reply.speech()).contains("no more of the routine today", "kept your place");
            assertThat(reply.endsSession()).isTrue();
        } else {
            assertThat(reply.endsSession()).isFalse();
            assertThat(reply.speech()).doesNotContain("start today's routine");
        }
        assertThat(services.store().load(talk.userId())).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(ConversationState.class)
    void urgentSigns_shouldSendToUrgentCareNow_andEndTheSession(ConversationState state) {
        SkillServices services = services();
        SkillConversation talk = talkIn(state, services);
        StoredProfile before = services.store().load(talk.userId());

        Reply reply = talk.say("PainIntent", Map.of("symptom", "numbness in my groin|GROIN_NUMB"));

        assertThat(reply.speech()).contains("Stop now", "sit or lie down", "get urgent care now", "call 911")
                .doesNotContain("ease out of it");
        assertThat(reply.endsSession()).isTrue();
        assertThat(services.store().load(talk.userId())).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(value = ConversationState.class, names = {"ROUTINE_1", "ROUTINE_3", "FAQ_MORE_MID_ROUTINE"})
    void inTheRoutine_afterTheAdvice_shouldOfferToSkipOrStop_andKeepThePlace(ConversationState state) {
        SkillServices services = services();
        SkillConversation talk = talkIn(state, services);
        talk.say("PainIntent");

        Reply offer = talk.say("AMAZON.NoIntent");
        Reply stopped = talk.say("AMAZON.NoIntent");

        assertThat(offer.speech()).contains("small and comfortable", "skip that move");
        assertThat(stopped.speech()).contains("stop here for today", "kept your place");
        assertThat(stopped.endsSession()).isTrue();
        assertThat(stored(services.store(), talk.userId()).savedPlaceIfAny()).isPresent();
    }

    @ParameterizedTest
    @EnumSource(value = ConversationState.class, names = {"CHECK_1", "CHECK_7"})
    void inTheSelfCheck_afterTheAdvice_shouldGoBackToTheQuestion_withNothingRecorded(ConversationState state) {
        SkillConversation talk = talkIn(state, services());
        String answers = talk.checkAnswers();
        talk.say("PainIntent");

        Reply back = talk.say("AMAZON.NoIntent");

        assertThat(back.speech()).contains("Back to question");
        assertThat(talk.checkAnswers()).isEqualTo(answers);
    }
}
