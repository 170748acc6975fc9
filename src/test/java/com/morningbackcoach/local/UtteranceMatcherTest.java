package com.morningbackcoach.local;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the matcher tolerates and what it does not, on a small model of its own (so that no sample of the skill's
 * model decides the outcome), and, on the skill's model, that requests about something else go to the fallback intent.
 */
class UtteranceMatcherTest {

    private static final InteractionModel.SlotType MOVE = new InteractionModel.SlotType("MOVE", List.of(
            new InteractionModel.SlotValue("DEAD_BUG", "dead bug", List.of("dead bug exercise")),
            new InteractionModel.SlotValue("BIRD_DOG", "bird dog", List.of()),
            new InteractionModel.SlotValue("KNEE_HUG", "knee to chest", List.of("knee hug"))));
    private static final InteractionModel.SlotType SIGN = new InteractionModel.SlotType("SIGN", List.of(
            new InteractionModel.SlotValue("LOCKING", "locked", List.of("stuck")),
            new InteractionModel.SlotValue("NUMB", "numb", List.of("numbness"))));

    private static final InteractionModel MODEL = new InteractionModel("en-US", "test coach", List.of(
            new InteractionModel.Intent("ExplainIntent",
                    List.of("how do i do the {move}", "explain {move}", "how do i do this one"), Map.of("move", "MOVE")),
            new InteractionModel.Intent("WhyCrackIntent",
                    List.of("why does my back crack", "what makes my spine pop"), Map.of()),
            new InteractionModel.Intent("StreakIntent", List.of("what is my streak", "how many days in a row"), Map.of()),
            new InteractionModel.Intent("PainIntent", List.of("it {sign}", "my leg is {sign}", "that hurts"),
                    Map.of("sign", "SIGN")),
            new InteractionModel.Intent("CurrentStepIntent", List.of("which one are we on"), Map.of()),
            new InteractionModel.Intent("SkipIntent", List.of("skip this step"), Map.of()),
            new InteractionModel.Intent("AMAZON.NextIntent", List.of("the next step"), Map.of()),
            new InteractionModel.Intent(UtteranceMatcher.FALLBACK, List.of(), Map.of())),
            Map.of("MOVE", MOVE, "SIGN", SIGN));

    /** The skill's own models, each read and compiled once for the tests that route through them. */
    private static final UtteranceMatcher ENGLISH = new UtteranceMatcher(InteractionModel.forLocale("en-US"));
    private static final UtteranceMatcher SPANISH = new UtteranceMatcher(InteractionModel.forLocale("es-US"));

    private final UtteranceMatcher matcher = new UtteranceMatcher(MODEL);

    @Test
    void canonicalForm_shouldSpellOutContractions_andDropFillersLeadInsRepeatsAndAClosingTime() {
        assertThat(UtteranceMatcher.canonical("Um, so what's the... the next step right now?"))
                .isEqualTo("what is the next step");
        assertThat(UtteranceMatcher.canonical("ugh please just skip it")).isEqualTo("skip it");
        assertThat(UtteranceMatcher.canonical("whats next")).isEqualTo("what is next");
        assertThat(UtteranceMatcher.canonical("hold on hold on gimme a sec")).isEqualTo("hold on give me a sec");
        assertThat(UtteranceMatcher.canonical("oof okay done what's next")).isEqualTo("done what is next");
        assertThat(UtteranceMatcher.canonical("dunno to be honest")).isEqualTo("do not know");
        assertThat(UtteranceMatcher.canonical("mm ok yeah")).isEqualTo("yeah");
    }

    @Test
    void stems_shouldReadTheInflectionsOfAWordAsOneWord_andLeaveFunctionWordsAlone() {
        assertThat(List.of("crack", "cracks", "cracking", "cracked")).extracting(EnglishWords.INSTANCE::stem).containsOnly("crack");
        assertThat(List.of("pop", "pops", "popping", "popped")).extracting(EnglishWords.INSTANCE::stem).containsOnly("pop");
        assertThat(List.of("stretch", "stretches", "stretching")).extracting(EnglishWords.INSTANCE::stem).containsOnly("stretch");
        assertThat(List.of("morning", "mornings")).extracting(EnglishWords.INSTANCE::stem).containsOnly("morn");
        assertThat(EnglishWords.INSTANCE.stem("stiffness")).isEqualTo(EnglishWords.INSTANCE.stem("stiff"));
        assertThat(EnglishWords.INSTANCE.stem("felt")).isEqualTo(EnglishWords.INSTANCE.stem("feel"));
        assertThat(EnglishWords.INSTANCE.stem("fell")).isEqualTo(EnglishWords.INSTANCE.stem("falling"));
        assertThat(EnglishWords.INSTANCE.stem("slower")).isNotEqualTo(EnglishWords.INSTANCE.stem("slow"));
        assertThat(List.of("this", "does", "is", "was")).extracting(EnglishWords.INSTANCE::stem)
                .containsExactly("this", "does", "is", "was");
    }

    @Test
    void aSampleWordForWord_shouldFitExactly() {
        UtteranceMatcher.Match match = matcher.match("how do i do the dead bug");

        assertThat(match.intent()).isEqualTo("ExplainIntent");
        assertThat(match.fit()).isEqualTo(UtteranceMatcher.Fit.EXACT);
        assertThat(match.slots().get("move").resolved().id()).isEqualTo("DEAD_BUG");
    }

    @Test
    void oneFunctionWordAddedDroppedOrChanged_shouldStillFit_asClose() {
        assertClose("how do i do a dead bug", "ExplainIntent", "DEAD_BUG");
        assertClose("how do i do dead bug", "ExplainIntent", "DEAD_BUG");
        assertClose("how do i do the bird dog for you", null, null);
        assertClose("why does my back crack at all", null, null);
        assertClose("why does the back crack", "WhyCrackIntent", null);
        assertClose("explain the knee to chest", "ExplainIntent", "KNEE_HUG");
    }

    @Test
    void inflections_shouldStillFit_asClose_inTheSampleAndInTheSlotValue() {
        assertClose("why does my back cracks", "WhyCrackIntent", null);
        assertClose("what makes my spine popping", "WhyCrackIntent", null);
        assertClose("how do i do the dead bugs", "ExplainIntent", "DEAD_BUG");
        assertClose("explain knee hugs", "ExplainIntent", "KNEE_HUG");
    }

    @Test
    void twoFunctionWordsChanged_shouldFit_whenTheUtteranceSaysNothingElse() {
        assertClose("which one am i on", "CurrentStepIntent", null);
    }

    @Test
    void aChangedWordThatIsNotAFunctionWord_shouldNotBeClose() {
        assertThat(matcher.match("why does my back hurt").fit()).isNotEqualTo(UtteranceMatcher.Fit.CLOSE);
        assertThat(matcher.match("what is my score").fit()).isNotEqualTo(UtteranceMatcher.Fit.CLOSE);
    }

    @Test
    void theSampleThatSharesMostOfItsWeighedWords_shouldWin_asScored() {
        UtteranceMatcher.Match match = matcher.match("my spine keeps popping what makes it");

        assertThat(match.intent()).isEqualTo("WhyCrackIntent");
        assertThat(match.fit()).isEqualTo(UtteranceMatcher.Fit.SCORED);
        assertThat(matcher.match("tell me how many days in a row i have done it").intent()).isEqualTo("StreakIntent");
    }

    @Test
    void aScoredMatch_shouldNotFillASlotWithAValueNotSaid() {
        UtteranceMatcher.Match match = matcher.match("explain how to do it");

        assertThat(match.slots().values()).allSatisfy(slot -> assertThat(slot.resolved()).isNull());
    }

    @Test
    void aSamplesWordsAroundASlotThatSaysAValueAndMore_shouldTakeTheValue_asPartial() {
        UtteranceMatcher.Match match = matcher.match("it locked in place");

        assertThat(match.intent()).isEqualTo("PainIntent");
        assertThat(match.fit()).isEqualTo(UtteranceMatcher.Fit.PARTIAL);
        assertThat(match.slots().get("sign").resolved().id()).isEqualTo("LOCKING");
    }

    @Test
    void aSamplesWordsAroundAnUnknownValue_shouldGoToTheFallbackIntent() {
        UtteranceMatcher.Match match = matcher.match("explain cobra pose");

        assertThat(match.intent()).isEqualTo(UtteranceMatcher.FALLBACK);
        assertThat(match.fit()).isEqualTo(UtteranceMatcher.Fit.NONE);
    }

    @Test
    void aRequestBesideItsReason_shouldBeHeard_unlessTheReasonIsPainOrTheRequestACancel() {
        UtteranceMatcher controls = new UtteranceMatcher(new InteractionModel("en-US", "test coach", List.of(
                new InteractionModel.Intent("AMAZON.PauseIntent", List.of("hold on"), Map.of()),
                new InteractionModel.Intent("SlowerIntent", List.of("talk slower"), Map.of()),
                new InteractionModel.Intent("AMAZON.NoIntent", List.of("nope"), Map.of()),
                new InteractionModel.Intent("StiffnessIntent", List.of("why is my back still stiff every single morning"), Map.of()),
                new InteractionModel.Intent("AMAZON.StopIntent", List.of("stop there"), Map.of()),
                new InteractionModel.Intent("PainIntent", List.of("my leg is {sign}", "that hurts"),
                        Map.of("sign", "SIGN")),
                new InteractionModel.Intent("AMAZON.NextIntent", List.of("the next step"), Map.of()),
                new InteractionModel.Intent("MusicOffIntent", List.of("turn the music off"), Map.of()),
                new InteractionModel.Intent("AMAZON.YesIntent", List.of("alright then"), Map.of()),
                new InteractionModel.Intent(UtteranceMatcher.FALLBACK, List.of("play some music"), Map.of())),
                Map.of("SIGN", SIGN)));

        assertThat(controls.match("turn that music off it's doing my head in").intent()).isEqualTo("MusicOffIntent");
        assertThat(controls.match("will it rain today").intent()).isEqualTo(UtteranceMatcher.FALLBACK);
        assertThat(controls.match("i love you").intent()).isEqualTo(UtteranceMatcher.FALLBACK);
        UtteranceMatcher.Match pause = controls.match("hold on the kettle's going");
        assertThat(pause.intent()).isEqualTo("AMAZON.PauseIntent");
        assertThat(pause.fit()).isEqualTo(UtteranceMatcher.Fit.CLAUSE);
        assertThat(controls.match("i'm knackered let's stop there").intent()).isEqualTo("AMAZON.StopIntent");
        assertThat(controls.match("hold on my leg is numb").intent()).isEqualTo("PainIntent");
        assertThat(controls.match("hold on the dog").intent()).isEqualTo(UtteranceMatcher.FALLBACK);
        assertThat(controls.match("cancel my order i can't go").intent()).isEqualTo(UtteranceMatcher.FALLBACK);
        assertThat(controls.match("yep the next step").intent()).isEqualTo("AMAZON.NextIntent");
        assertThat(controls.match("can you talk slower it's early").intent()).isEqualTo("SlowerIntent");
        assertThat(controls.match("talk slower").fit()).isEqualTo(UtteranceMatcher.Fit.EXACT);
    }

    @Test
    void anAnswerFollowedByHowThingsAre_shouldBeTheAnswer_unlessTheRestAsksOrIsAboutSomethingElse() {
        UtteranceMatcher answers = new UtteranceMatcher(new InteractionModel("en-US", "test coach", List.of(
                new InteractionModel.Intent("AMAZON.NoIntent", List.of("nope"), Map.of()),
                new InteractionModel.Intent("AMAZON.YesIntent", List.of("yep"), Map.of()),
                new InteractionModel.Intent("AMAZON.NextIntent", List.of("move on"), Map.of()),
                new InteractionModel.Intent("StiffnessIntent", List.of("why is my back still stiff every single morning"), Map.of()),
                new InteractionModel.Intent("PainIntent", List.of("my leg is {sign}"), Map.of("sign", "SIGN")),
                new InteractionModel.Intent(UtteranceMatcher.FALLBACK, List.of("play some music"), Map.of())),
                Map.of("SIGN", SIGN)));

        assertThat(answers.match("yep done move on").intent()).isEqualTo("AMAZON.NextIntent");
        assertThat(answers.match("nope still stiff").intent()).isEqualTo("AMAZON.NoIntent");
        assertThat(answers.match("nope still stiff").fit()).isEqualTo(UtteranceMatcher.Fit.CLAUSE);
        assertThat(answers.match("nope my leg is numb").intent()).isEqualTo("PainIntent");
        assertThat(answers.match("nope book a cab").intent()).isEqualTo(UtteranceMatcher.FALLBACK);
        assertThat(answers.match("nope why is it still stiff").intent()).isNotEqualTo("AMAZON.NoIntent");
    }

    @Test
    void aOneWordRequestEndingTheNameOfAThing_shouldNotBeHeardAsTheRequest_andPainBesideARequestIsPain() {
        assertThat(ENGLISH.match("i pulled something in my back").intent()).isEqualTo("PainIntent");
        assertThat(ENGLISH.match("hang on i think i pulled something in my back").intent()).isEqualTo("PainIntent");
        assertThat(ENGLISH.match("back").intent()).isEqualTo("AMAZON.PreviousIntent");
        assertThat(ENGLISH.match("hold on the kettle's going").intent()).isEqualTo("AMAZON.PauseIntent");
    }

    @Test
    void aPainSaidBesideWhatHappened_shouldCarryWhatHappenedAsTheSymptom() {
        UtteranceMatcher.Match fall = ENGLISH.match("i fell off my bike yesterday and now my back hurts");
        UtteranceMatcher.Match caida = SPANISH.match("me caí de la bici ayer y ahora me duele la espalda");

        assertThat(fall.intent()).isEqualTo("PainIntent");
        assertThat(fall.slots().get("symptom").resolution()).map(InteractionModel.SlotValue::id).contains("AFTER_FALL");
        assertThat(caida.intent()).isEqualTo("PainIntent");
        assertThat(caida.slots().get("symptom").resolution()).map(InteractionModel.SlotValue::id).contains("AFTER_FALL");
    }

    @Test
    void aHalfSaidLine_shouldAskForNothing_whileAWholeWordOfItsOwnStillDoes() {
        assertThat(ENGLISH.match("um the uh").intent()).isEqualTo(UtteranceMatcher.FALLBACK);
        assertThat(ENGLISH.match("what's the").intent()).isEqualTo(UtteranceMatcher.FALLBACK);
        assertThat(SPANISH.match("y el").intent()).isEqualTo(UtteranceMatcher.FALLBACK);
        assertThat(ENGLISH.match("what").intent()).isEqualTo("AMAZON.RepeatIntent");
        assertThat(SPANISH.match("otra vez").intent()).isEqualTo("AMAZON.RepeatIntent");
    }

    @Test
    void aLengthSaidForSomethingTheSkillDoesNotTime_shouldNotBeTheShortRoutine_butALengthWithItsReasonStill() {
        assertThat(ENGLISH.match("set five minutes for the coffee").intent()).isEqualTo(UtteranceMatcher.FALLBACK);
        assertThat(SPANISH.match("ponle cinco minutos a la sopa").intent()).isEqualTo(UtteranceMatcher.FALLBACK);
        assertThat(ENGLISH.match("i've only got five minutes before work").intent()).isEqualTo("AdjustRoutineIntent");
        assertThat(SPANISH.match("solo tengo cinco minutos hoy").intent()).isEqualTo("AdjustRoutineIntent");
    }

    @Test
    void aTimeOrLengthBesideAWordOnlyTheFallbackOrNoSampleSays_shouldBeForSomethingElse() {
        UtteranceMatcher timers = new UtteranceMatcher(new InteractionModel("en-US", "test coach", List.of(
                new InteractionModel.Intent("TimerIntent", List.of("set a timer for {duration}",
                        "time my rest for {duration}"), Map.of("duration", "AMAZON.DURATION")),
                new InteractionModel.Intent(UtteranceMatcher.FALLBACK, List.of("how do i boil eggs"), Map.of())),
                Map.of()));

        assertThat(timers.match("set the timer for five minutes for my rest").intent()).isEqualTo("TimerIntent");
        assertThat(timers.match("set a timer for five minutes for the eggs").intent())
                .isEqualTo(UtteranceMatcher.FALLBACK);
        assertThat(timers.match("set a timer for five minutes for the laundry").intent())
                .isEqualTo(UtteranceMatcher.FALLBACK);
    }

    @Test
    void alexasBuiltInPhrases_shouldMatchWordForWordOnly() {
        assertThat(matcher.match("move on").intent()).isEqualTo("AMAZON.NextIntent");
        assertThat(matcher.match("move on then").intent()).isNotEqualTo("AMAZON.NextIntent");
    }

    @Test
    void requestsAboutSomethingElse_shouldGoToTheFallbackIntent() {
        for (String unrelated : List.of("what's the weather", "play music", "set an alarm for seven",
                "turn on the lights", "call my sister", "tell me a joke")) {
            assertThat(matcher.match(unrelated).intent()).as(unrelated).isEqualTo(UtteranceMatcher.FALLBACK);
        }
    }

    private void assertClose(String utterance, String intent, String value) {
        UtteranceMatcher.Match match = matcher.match(utterance);
        if (intent == null) {
            assertThat(match.fit()).as(utterance).isNotEqualTo(UtteranceMatcher.Fit.CLOSE);
            return;
        }
        assertThat(match.intent()).as(utterance).isEqualTo(intent);
        assertThat(match.fit()).as(utterance).isEqualTo(UtteranceMatcher.Fit.CLOSE);
        if (value != null) {
            assertThat(match.slots().values()).as(utterance)
                    .anySatisfy(slot -> assertThat(slot.resolved().id()).isEqualTo(value));
        }
    }
}
