package com.morningbackcoach.app;

import com.morningbackcoach.testing.ConversationState;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every built-in intent, a question and a streak question, in every state the conversation can be in: which
 * question is left open, which activity the session is in and where, and a phrase the user hears.
 */
class StateIntentMatrixTest {

    private static final Map<String, String> INTENTS = Map.ofEntries(
            Map.entry("Yes", "AMAZON.YesIntent"), Map.entry("No", "AMAZON.NoIntent"),
            Map.entry("Next", "AMAZON.NextIntent"), Map.entry("Previous", "AMAZON.PreviousIntent"),
            Map.entry("Repeat", "AMAZON.RepeatIntent"), Map.entry("StartOver", "AMAZON.StartOverIntent"),
            Map.entry("Help", "AMAZON.HelpIntent"), Map.entry("Stop", "AMAZON.StopIntent"),
            Map.entry("Cancel", "AMAZON.CancelIntent"), Map.entry("Home", "AMAZON.NavigateHomeIntent"),
            Map.entry("Fallback", "AMAZON.FallbackIntent"), Map.entry("Question", "WhyDoesMyBackCrackIntent"),
            Map.entry("Streak", "StreakIntent"));

    // state | intent | question left open (END: session over) | activity after, at step N or with N answers | heard
    private static final String MATRIX = """
            MENU | Yes | routine.next | routine@1 | Step 1 of 5
            MENU | No | home.check | - | self-check
            MENU | Next | routine.next | routine@1 | Step 1 of 5
            MENU | Previous | home.routine | - | haven't started
            MENU | Repeat | home.routine | - | start today's routine
            MENU | StartOver | routine.next | routine@1 | Step 1 of 5
            MENU | Help | home.routine | - | back that cracks
            MENU | Stop | END | - | Look after your back
            MENU | Cancel | END | - | Look after your back
            MENU | Home | END | - | Look after your back
            MENU | Fallback | home.routine | - | didn't catch
            MENU | Question | faq.another | - | cavitation
            MENU | Streak | home.routine | - | don't have a streak yet
            ROUTINE_1 | Yes | routine.next | routine@2 | Step 2 of 5
            ROUTINE_1 | No | routine.next | routine@1 | No rush
            ROUTINE_1 | Next | routine.next | routine@2 | Step 2 of 5
            ROUTINE_1 | Previous | routine.next | routine@1 | very first part
            ROUTINE_1 | Repeat | routine.next | routine@1 | Step 1 of 5
            ROUTINE_1 | StartOver | routine.next | routine@1 | from the top
            ROUTINE_1 | Help | routine.next | routine@1 | step 1 of 5
            ROUTINE_1 | Stop | END | - | kept your place at step 1
            ROUTINE_1 | Cancel | END | - | kept your place at step 1
            ROUTINE_1 | Home | END | - | kept your place at step 1
            ROUTINE_1 | Fallback | routine.next | routine@1 | didn't catch
            ROUTINE_1 | Question | routine.next | routine@1 | go on with step 1
            ROUTINE_1 | Streak | routine.next | routine@1 | go on with step 1
            ROUTINE_3 | Yes | routine.next | routine@4 | Step 4 of 5
            ROUTINE_3 | No | routine.next | routine@3 | No rush
            ROUTINE_3 | Next | routine.next | routine@4 | Step 4 of 5
            ROUTINE_3 | Previous | routine.next | routine@2 | slow knee twists
            ROUTINE_3 | Repeat | routine.next | routine@3 | Step 3 of 5
            ROUTINE_3 | StartOver | routine.next | routine@1 | Step 1 of 5
            ROUTINE_3 | Help | routine.next | routine@3 | step 3 of 5
            ROUTINE_3 | Stop | END | - | kept your place at step 3
            ROUTINE_3 | Cancel | END | - | kept your place at step 3
            ROUTINE_3 | Home | END | - | kept your place at step 3
            ROUTINE_3 | Fallback | routine.next | routine@3 | didn't catch
            ROUTINE_3 | Question | routine.next | routine@3 | cavitation
            ROUTINE_3 | Streak | routine.next | routine@3 | go on with step 3
            ROUTINE_5_LAST_PART | Yes | END | - | whole routine
            ROUTINE_5_LAST_PART | No | routine.next | routine@5 | No rush
            ROUTINE_5_LAST_PART | Next | END | - | first morning
            ROUTINE_5_LAST_PART | Previous | routine.next | routine@5 | bird dogs
            ROUTINE_5_LAST_PART | Repeat | routine.next | routine@5 | one more round
            ROUTINE_5_LAST_PART | StartOver | routine.next | routine@1 | Step 1 of 5
            ROUTINE_5_LAST_PART | Help | routine.next | routine@5 | step 5 of 5
            ROUTINE_5_LAST_PART | Stop | END | - | kept your place at step 5
            ROUTINE_5_LAST_PART | Cancel | END | - | kept your place at step 5
            ROUTINE_5_LAST_PART | Home | END | - | kept your place at step 5
            ROUTINE_5_LAST_PART | Fallback | routine.next | routine@5 | didn't catch
            ROUTINE_5_LAST_PART | Question | routine.next | routine@5 | go on with step 5
            ROUTINE_5_LAST_PART | Streak | routine.next | routine@5 | go on with step 5
            CHECK_1 | Yes | check.answer | check@1 | Question 2 of 7
            CHECK_1 | No | check.answer | check@1 | Question 2 of 7
            CHECK_1 | Next | check.answer | check@0 | answer this one first
            CHECK_1 | Previous | check.answer | check@0 | first question
            CHECK_1 | Repeat | check.answer | check@0 | Question 1 of 7
            CHECK_1 | StartOver | check.answer | check@0 | starting the self-check again
            CHECK_1 | Help | check.answer | check@0 | seven yes or no questions
            CHECK_1 | Stop | END | - | stopped the self-check
            CHECK_1 | Cancel | END | - | stopped the self-check
            CHECK_1 | Home | END | - | stopped the self-check
            CHECK_1 | Fallback | check.answer | check@0 | didn't catch
            CHECK_1 | Question | check.answer | check@0 | Back to question 1
            CHECK_1 | Streak | check.answer | check@0 | Back to question 1
            CHECK_7 | Yes | check.afterVerdict | - | likely benign
            CHECK_7 | No | check.afterVerdict | - | a recent injury
            CHECK_7 | Next | check.answer | check@6 | Question 7 of 7
            CHECK_7 | Previous | check.answer | check@5 | Question 6 of 7
            CHECK_7 | Repeat | check.answer | check@6 | Question 7 of 7
            CHECK_7 | StartOver | check.answer | check@0 | Question 1 of 7
            CHECK_7 | Help | check.answer | check@6 | seven yes or no questions
            CHECK_7 | Stop | END | - | stopped the self-check
            CHECK_7 | Cancel | END | - | stopped the self-check
            CHECK_7 | Home | END | - | stopped the self-check
            CHECK_7 | Fallback | check.answer | check@6 | didn't catch
            CHECK_7 | Question | check.answer | check@6 | Back to question 7
            CHECK_7 | Streak | check.answer | check@6 | Back to question 7
            FAQ_MORE | Yes | faq.another | - | cartilage
            FAQ_MORE | No | faq.another | - | Anything else
            FAQ_MORE | Next | faq.another | - | cartilage
            FAQ_MORE | Previous | home.routine | - | haven't started
            FAQ_MORE | Repeat | faq.more | - | Want the rest?
            FAQ_MORE | StartOver | routine.next | routine@1 | Step 1 of 5
            FAQ_MORE | Help | faq.more | - | in your own words
            FAQ_MORE | Stop | END | - | Look after your back
            FAQ_MORE | Cancel | END | - | Look after your back
            FAQ_MORE | Home | END | - | Look after your back
            FAQ_MORE | Fallback | faq.more | - | didn't catch
            FAQ_MORE | Question | faq.another | - | cavitation
            FAQ_MORE | Streak | home.routine | - | don't have a streak yet
            FAQ_MORE_MID_ROUTINE | Yes | routine.next | routine@2 | cartilage
            FAQ_MORE_MID_ROUTINE | No | routine.next | routine@2 | go on with step 2
            FAQ_MORE_MID_ROUTINE | Next | routine.next | routine@2 | cartilage
            FAQ_MORE_MID_ROUTINE | Previous | routine.next | routine@1 | Step 1 of 5
            FAQ_MORE_MID_ROUTINE | Repeat | faq.more | routine@2 | Want the rest?
            FAQ_MORE_MID_ROUTINE | StartOver | routine.next | routine@1 | from the top
            FAQ_MORE_MID_ROUTINE | Help | faq.more | routine@2 | in your own words
            FAQ_MORE_MID_ROUTINE | Stop | END | - | kept your place at step 2
            FAQ_MORE_MID_ROUTINE | Cancel | END | - | kept your place at step 2
            FAQ_MORE_MID_ROUTINE | Home | END | - | kept your place at step 2
            FAQ_MORE_MID_ROUTINE | Fallback | faq.more | routine@2 | didn't catch
            FAQ_MORE_MID_ROUTINE | Question | routine.next | routine@2 | cavitation
            FAQ_MORE_MID_ROUTINE | Streak | routine.next | routine@2 | go on with step 2
            HOME_CHECK | Yes | check.answer | check@0 | Question 1 of 7
            HOME_CHECK | No | home.questions | - | anything you'd like to ask
            HOME_CHECK | Next | routine.next | routine@1 | Step 1 of 5
            HOME_CHECK | Previous | home.check | - | haven't started
            HOME_CHECK | Repeat | home.check | - | quick self-check
            HOME_CHECK | StartOver | routine.next | routine@1 | Step 1 of 5
            HOME_CHECK | Help | home.check | - | back that cracks
            HOME_CHECK | Stop | END | - | Look after your back
            HOME_CHECK | Cancel | END | - | Look after your back
            HOME_CHECK | Home | END | - | Look after your back
            HOME_CHECK | Fallback | home.check | - | didn't catch
            HOME_CHECK | Question | faq.another | - | cavitation
            HOME_CHECK | Streak | home.check | - | quick self-check
            HOME_QUESTIONS | Yes | faq.topics | - | You can ask me about
            HOME_QUESTIONS | No | END | - | Have a good morning
            HOME_QUESTIONS | Next | routine.next | routine@1 | Step 1 of 5
            HOME_QUESTIONS | Previous | home.questions | - | haven't started
            HOME_QUESTIONS | Repeat | home.questions | - | anything you'd like to ask
            HOME_QUESTIONS | StartOver | routine.next | routine@1 | Step 1 of 5
            HOME_QUESTIONS | Help | home.questions | - | back that cracks
            HOME_QUESTIONS | Stop | END | - | Look after your back
            HOME_QUESTIONS | Cancel | END | - | Look after your back
            HOME_QUESTIONS | Home | END | - | Look after your back
            HOME_QUESTIONS | Fallback | home.questions | - | didn't catch
            HOME_QUESTIONS | Question | faq.another | - | cavitation
            HOME_QUESTIONS | Streak | home.questions | - | anything you'd like to ask
            RESUME_OFFER | Yes | routine.next | routine@3 | Step 3 of 5
            RESUME_OFFER | No | home.check | - | keep your place
            RESUME_OFFER | Next | routine.next | routine@3 | Step 3 of 5
            RESUME_OFFER | Previous | routine.next | routine@2 | slow knee twists
            RESUME_OFFER | Repeat | routine.offer.resume | - | stopped at step 3
            RESUME_OFFER | StartOver | routine.next | routine@1 | Step 1 of 5
            RESUME_OFFER | Help | routine.offer.resume | - | yes or no
            RESUME_OFFER | Stop | END | - | Look after your back
            RESUME_OFFER | Cancel | END | - | Look after your back
            RESUME_OFFER | Home | END | - | Look after your back
            RESUME_OFFER | Fallback | routine.offer.resume | - | didn't catch
            RESUME_OFFER | Question | faq.another | - | cavitation
            RESUME_OFFER | Streak | home.routine | - | start today's routine
            CARRY_ON_OFFER | Yes | routine.next | routine@3 | Step 3 of 5
            CARRY_ON_OFFER | No | routine.next | routine@1 | from the top
            CARRY_ON_OFFER | Next | routine.next | routine@3 | Step 3 of 5
            CARRY_ON_OFFER | Previous | routine.next | routine@2 | slow knee twists
            CARRY_ON_OFFER | Repeat | routine.offer.carry_on | routine@3 | carry on
            CARRY_ON_OFFER | StartOver | routine.next | routine@1 | Step 1 of 5
            CARRY_ON_OFFER | Help | routine.offer.carry_on | routine@3 | yes or no
            CARRY_ON_OFFER | Stop | END | - | kept your place at step 3
            CARRY_ON_OFFER | Cancel | END | - | kept your place at step 3
            CARRY_ON_OFFER | Home | END | - | kept your place at step 3
            CARRY_ON_OFFER | Fallback | routine.offer.carry_on | routine@3 | didn't catch
            CARRY_ON_OFFER | Question | routine.next | routine@3 | go on with step 3
            CARRY_ON_OFFER | Streak | routine.next | routine@3 | go on with step 3
            SAFETY_NOTE | Yes | routine.next | routine@1 | gentle version it is
            SAFETY_NOTE | No | routine.next | routine@1 | standard version
            SAFETY_NOTE | Next | routine.next | routine@1 | the standard version
            SAFETY_NOTE | Previous | home.routine | - | haven't started
            SAFETY_NOTE | Repeat | routine.offer.safety_note | - | safety note
            SAFETY_NOTE | StartOver | routine.offer.safety_note | - | gentle version of the routine? Say yes or no
            SAFETY_NOTE | Help | routine.offer.safety_note | - | yes or no
            SAFETY_NOTE | Stop | END | - | Look after your back
            SAFETY_NOTE | Cancel | END | - | Look after your back
            SAFETY_NOTE | Home | END | - | Look after your back
            SAFETY_NOTE | Fallback | routine.offer.safety_note | - | didn't catch
            SAFETY_NOTE | Question | faq.another | - | cavitation
            SAFETY_NOTE | Streak | home.routine | - | don't have a streak yet
            PAIN_QUESTION | Yes | END | - | no more of the routine today
            PAIN_QUESTION | No | safety.skipOrStop | routine@2 | small and comfortable
            PAIN_QUESTION | Next | routine.next | routine@2 | knee hugs
            PAIN_QUESTION | Previous | routine.next | routine@1 | Step 1 of 5
            PAIN_QUESTION | Repeat | safety.warningSigns | routine@2 | shoot or spread
            PAIN_QUESTION | StartOver | routine.next | routine@1 | from the top
            PAIN_QUESTION | Help | safety.warningSigns | routine@2 | Nothing you tell me about it is kept
            PAIN_QUESTION | Stop | END | - | kept your place at step 2
            PAIN_QUESTION | Cancel | END | - | kept your place at step 2
            PAIN_QUESTION | Home | END | - | kept your place at step 2
            PAIN_QUESTION | Fallback | safety.warningSigns | routine@2 | didn't catch
            PAIN_QUESTION | Question | routine.next | routine@2 | cavitation
            PAIN_QUESTION | Streak | routine.next | routine@2 | go on with step 2
            PAIN_SKIP_OR_STOP | Yes | routine.next | routine@2 | leave that move out
            PAIN_SKIP_OR_STOP | No | END | - | stop here for today
            PAIN_SKIP_OR_STOP | Next | routine.next | routine@2 | knee hugs
            PAIN_SKIP_OR_STOP | Previous | routine.next | routine@1 | Step 1 of 5
            PAIN_SKIP_OR_STOP | Repeat | safety.skipOrStop | routine@2 | skip that move
            PAIN_SKIP_OR_STOP | StartOver | routine.next | routine@1 | from the top
            PAIN_SKIP_OR_STOP | Help | safety.skipOrStop | routine@2 | Nothing you tell me about it is kept
            PAIN_SKIP_OR_STOP | Stop | END | - | kept your place at step 2
            PAIN_SKIP_OR_STOP | Cancel | END | - | kept your place at step 2
            PAIN_SKIP_OR_STOP | Home | END | - | kept your place at step 2
            PAIN_SKIP_OR_STOP | Fallback | safety.skipOrStop | routine@2 | didn't catch
            PAIN_SKIP_OR_STOP | Question | routine.next | routine@2 | cavitation
            PAIN_SKIP_OR_STOP | Streak | routine.next | routine@2 | go on with step 2
            AFTER_VERDICT | Yes | routine.next | routine@1 | Step 1 of 5
            AFTER_VERDICT | No | home.questions | - | anything you'd like to ask
            AFTER_VERDICT | Next | routine.next | routine@1 | Step 1 of 5
            AFTER_VERDICT | Previous | home.routine | - | haven't started
            AFTER_VERDICT | Repeat | check.afterVerdict | - | likely benign
            AFTER_VERDICT | StartOver | routine.next | routine@1 | Step 1 of 5
            AFTER_VERDICT | Help | check.afterVerdict | - | yes or no
            AFTER_VERDICT | Stop | END | - | Look after your back
            AFTER_VERDICT | Cancel | END | - | Look after your back
            AFTER_VERDICT | Home | END | - | Look after your back
            AFTER_VERDICT | Fallback | check.afterVerdict | - | didn't catch
            AFTER_VERDICT | Question | faq.another | - | cavitation
            AFTER_VERDICT | Streak | home.routine | - | start today's routine
            FAQ_ANOTHER | Yes | faq.topics | - | Go ahead
            FAQ_ANOTHER | No | home.routine | - | start today's routine
            FAQ_ANOTHER | Next | routine.next | routine@1 | Step 1 of 5
            FAQ_ANOTHER | Previous | home.routine | - | haven't started
            FAQ_ANOTHER | Repeat | faq.another | - | Anything else
            FAQ_ANOTHER | StartOver | routine.next | routine@1 | Step 1 of 5
            FAQ_ANOTHER | Help | faq.another | - | in your own words
            FAQ_ANOTHER | Stop | END | - | Look after your back
            FAQ_ANOTHER | Cancel | END | - | Look after your back
            FAQ_ANOTHER | Home | END | - | Look after your back
            FAQ_ANOTHER | Fallback | faq.another | - | didn't catch
            FAQ_ANOTHER | Question | faq.another | - | cavitation
            FAQ_ANOTHER | Streak | home.routine | - | don't have a streak yet
            FAQ_TOPICS | Yes | faq.topics | - | Which would you like to hear about
            FAQ_TOPICS | No | home.routine | - | start today's routine
            FAQ_TOPICS | Next | routine.next | routine@1 | Step 1 of 5
            FAQ_TOPICS | Previous | home.routine | - | haven't started
            FAQ_TOPICS | Repeat | faq.topics | - | You can ask me about
            FAQ_TOPICS | StartOver | routine.next | routine@1 | Step 1 of 5
            FAQ_TOPICS | Help | faq.topics | - | in your own words
            FAQ_TOPICS | Stop | END | - | Look after your back
            FAQ_TOPICS | Cancel | END | - | Look after your back
            FAQ_TOPICS | Home | END | - | Look after your back
            FAQ_TOPICS | Fallback | faq.topics | - | didn't catch
            FAQ_TOPICS | Question | faq.another | - | cavitation
            FAQ_TOPICS | Streak | home.routine | - | don't have a streak yet
            DELETE_CONFIRMATION | Yes | END | - | deleted everything
            DELETE_CONFIRMATION | No | home.routine | - | kept everything
            DELETE_CONFIRMATION | Next | routine.next | routine@1 | Step 1 of 5
            DELETE_CONFIRMATION | Previous | home.routine | - | haven't started
            DELETE_CONFIRMATION | Repeat | account.delete | - | Are you sure
            DELETE_CONFIRMATION | StartOver | routine.next | routine@1 | Step 1 of 5
            DELETE_CONFIRMATION | Help | account.delete | - | erase your streak
            DELETE_CONFIRMATION | Stop | END | - | Look after your back
            DELETE_CONFIRMATION | Cancel | END | - | Look after your back
            DELETE_CONFIRMATION | Home | END | - | Look after your back
            DELETE_CONFIRMATION | Fallback | account.delete | - | didn't catch
            DELETE_CONFIRMATION | Question | faq.another | - | cavitation
            DELETE_CONFIRMATION | Streak | home.routine | - | don't have a streak yet
            ONE_SHOT | Yes | home.routine | - | haven't asked you anything
            ONE_SHOT | No | home.routine | - | haven't asked you anything
            ONE_SHOT | Next | routine.next | routine@1 | Step 1 of 5
            ONE_SHOT | Previous | home.routine | - | haven't started
            ONE_SHOT | Repeat | home.routine | - | start today's routine
            ONE_SHOT | StartOver | routine.next | routine@1 | Step 1 of 5
            ONE_SHOT | Help | home.routine | - | back that cracks
            ONE_SHOT | Stop | END | - | Look after your back
            ONE_SHOT | Cancel | END | - | Look after your back
            ONE_SHOT | Home | END | - | Look after your back
            ONE_SHOT | Fallback | home.routine | - | didn't get that
            ONE_SHOT | Question | END | - | cavitation
            ONE_SHOT | Streak | home.routine | - | don't have a streak yet
            ENDED_MID_ROUTINE | Yes | home.routine | - | haven't asked you anything
            ENDED_MID_ROUTINE | No | home.routine | - | haven't asked you anything
            ENDED_MID_ROUTINE | Next | routine.next | routine@4 | Step 4 of 5
            ENDED_MID_ROUTINE | Previous | routine.next | routine@2 | slow knee twists
            ENDED_MID_ROUTINE | Repeat | home.routine | - | start today's routine
            ENDED_MID_ROUTINE | StartOver | routine.next | routine@1 | Step 1 of 5
            ENDED_MID_ROUTINE | Help | home.routine | - | back that cracks
            ENDED_MID_ROUTINE | Stop | END | - | Look after your back
            ENDED_MID_ROUTINE | Cancel | END | - | Look after your back
            ENDED_MID_ROUTINE | Home | END | - | Look after your back
            ENDED_MID_ROUTINE | Fallback | home.routine | - | didn't get that
            ENDED_MID_ROUTINE | Question | END | - | cavitation
            ENDED_MID_ROUTINE | Streak | home.routine | - | don't have a streak yet
            """;

    private record Cell(ConversationState state, String intent, String question, String activity, String phrase) {
    }

    private static List<Cell> cells() {
        return MATRIX.lines().filter(line -> !line.isBlank()).map(line -> {
            String[] part = Arrays.stream(line.split("\\|")).map(String::trim).toArray(String[]::new);
            return new Cell(ConversationState.valueOf(part[0]), part[1], part[2], part[3], part[4]);
        }).toList();
    }

    @TestFactory
    List<DynamicTest> everyIntentInEveryState_shouldDoTheNaturalThing() {
        return cells().stream().map(cell -> DynamicTest.dynamicTest(cell.state() + " + " + cell.intent(), () -> {
            SkillConversation talk = new SkillConversation(
                    TestServices.inMemory(MutableClock.at("2026-11-24T07:00:00Z")));
            cell.state().reach(talk);

            Reply reply = talk.say(INTENTS.get(cell.intent()));

            assertThat(reply.speech()).as("speech").contains(cell.phrase()).doesNotContain("went wrong");
            assertThat(reply.endsSession() ? "END" : reply.question()).as("question left open").isEqualTo(cell.question());
            assertThat(activityOf(reply)).as("activity").isEqualTo(cell.activity());
            if (!reply.endsSession()) {
                assertThat(reply.hasReprompt()).as("reprompt").isTrue();
            }
        })).toList();
    }

    @TestFactory
    List<DynamicTest> matrix_shouldCoverEveryStateAndIntentOnce() {
        List<Cell> cells = cells();
        return Arrays.stream(ConversationState.values()).map(state -> DynamicTest.dynamicTest(state.name(), () ->
                assertThat(cells.stream().filter(cell -> cell.state() == state).map(Cell::intent))
                        .containsExactlyInAnyOrderElementsOf(INTENTS.keySet()))).toList();
    }

    private static String activityOf(Reply reply) {
        return switch (reply.activity()) {
            case "routine" -> "routine@" + reply.activityState().path("step").asInt();
            case "check" -> "check@" + reply.activityState().asText().length();
            default -> "-";
        };
    }
}
