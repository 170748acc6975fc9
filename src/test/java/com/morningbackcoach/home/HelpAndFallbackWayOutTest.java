package com.morningbackcoach.home;

import com.morningbackcoach.testing.ConversationState;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Help and not-understood always offer the way out, and a misheard line never traps the user in "ask me". */
class HelpAndFallbackWayOutTest {

    private final SkillConversation talk = new SkillConversation(
            TestServices.inMemory(MutableClock.at("2026-11-24T07:00:00Z")));

    @ParameterizedTest
    @EnumSource(value = ConversationState.class, mode = EnumSource.Mode.EXCLUDE,
            names = {"PAIN_QUESTION", "PAIN_SKIP_OR_STOP"})
    void help_inEveryState_shouldNameTheRoutine_theSelfCheck_andQuestions(ConversationState state) {
        state.reach(talk);

        Reply reply = talk.say("AMAZON.HelpIntent");

        assertThat(reply.speech().toLowerCase()).containsAnyOf("routine").containsAnyOf("self-check", "check my back")
                .containsAnyOf("question", "ask me");
        assertThat(reply.endsSession()).isFalse();
    }

    @Test
    void help_whileAskedAboutPain_shouldKeepToThePainQuestion() {
        ConversationState.PAIN_QUESTION.reach(talk);

        Reply reply = talk.say("AMAZON.HelpIntent");

        assertThat(reply.speech()).contains("warning sign").doesNotContain("start my routine");
    }

    @Test
    void yes_afterAMisheardLineAtLaunch_shouldStartTheRoutine() {
        talk.afterSafetyNote();
        talk.launch();
        talk.say("AskQuestionIntent", Map.of("topic", "mumble mumble the thing"));

        Reply reply = talk.say("AMAZON.YesIntent");

        assertThat(reply.speech()).contains("Step 1 of 5");
    }

    @Test
    void yesAndHelp_afterAskMeAQuestion_shouldNeverRepeatJustAskIt() {
        ConversationState.FAQ_TOPICS.reach(talk);

        Reply yes = talk.say("AMAZON.YesIntent");
        Reply help = talk.say("AMAZON.HelpIntent");

        assertThat(yes.speech()).doesNotContain("Just ask it in your own words");
        assertThat(help.speech()).contains("start my routine", "check my back");
    }

    @Test
    void notUnderstood_midRoutine_shouldSayWhatCanBeSaid_andKeepThePlace() {
        ConversationState.ROUTINE_3.reach(talk);

        Reply reply = talk.say("AMAZON.FallbackIntent");

        assertThat(reply.speech()).contains("next", "repeat", "wait", "that hurts", "step 3");
        assertThat(reply.activityState().path("step").asInt()).isEqualTo(3);
    }

    @Test
    void notUnderstood_atTheMenu_shouldSayWhatTheSkillCanDo() {
        talk.afterSafetyNote();
        talk.launch();
        talk.say("AMAZON.NoIntent");
        talk.say("AMAZON.NoIntent");
        talk.say("AMAZON.NoIntent");
        talk.launch();

        Reply reply = talk.say("AMAZON.FallbackIntent");

        assertThat(reply.speech()).contains("routine", "self-check", "question");
    }

    @Test
    void notUnderstood_midRoutine_inSpanish_shouldSayWhatCanBeSaid() {
        ConversationState.ROUTINE_3.reach(talk);
        talk.inLocale("es-US");

        Reply reply = talk.say("AMAZON.FallbackIntent");

        assertThat(reply.speech()).contains("siguiente", "espera", "me duele");
    }
}
