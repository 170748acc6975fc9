package com.morningbackcoach.user.dynamodb;

import com.morningbackcoach.testing.CallCounter;
import com.morningbackcoach.testing.DynamoDbLocalServer;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Duration;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class DynamoDbCallBudgetTest {

    private final CallCounter counter = new CallCounter();
    private final String table = DynamoDbLocalServer.newTable();
    private final DynamoDbClient client = DynamoDbLocalServer.client(table, counter);
    private final MutableClock clock = MutableClock.at("2026-11-24T07:00:00Z");
    private final SkillConversation talk = new SkillConversation(
            TestServices.with(new DynamoDbUserStore(client, table), clock, ZoneId.of("UTC")));

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void fullRoutineSession_shouldReadOnce_andWriteOncePerTurnThatChangedSomething() {
        Reply finished = talk.completeRoutine();
        long partsLed = talk.replies().stream().filter(reply -> reply.question().equals("routine.next")).count();

        assertThat(finished.speech()).contains("first morning");
        assertThat(counter.reads()).isEqualTo(1);
        // each part led (the first with the safety-note choice), and the completion
        assertThat(counter.writes()).isEqualTo(partsLed + 1);
    }

    @Test
    void turnsThatChangeNothing_shouldNotWrite() {
        talk.launch();
        talk.say("StartRoutineIntent");
        counter.reset();

        talk.say("AMAZON.RepeatIntent");
        talk.say("CurrentStepIntent");
        talk.say("StepsLeftIntent");
        talk.say("AMAZON.HelpIntent");
        talk.say("StreakIntent");

        assertThat(counter.reads()).isZero();
        assertThat(counter.writes()).isZero();
    }

    @Test
    void returningUserWithAFreshZone_launchAndStreak_shouldReadOnceAndNotWrite() {
        talk.completeRoutine();
        clock.advance(Duration.ofHours(20));
        counter.reset();

        talk.launch();
        talk.say("StreakIntent");
        talk.say("AMAZON.StopIntent");

        assertThat(counter.reads()).isEqualTo(1);
        assertThat(counter.writes()).isZero();
    }

    @Test
    void fullSelfCheckSession_shouldReadOnce_andWriteNothing() {
        talk.launch();
        talk.say("CheckMyBackIntent");
        for (int question = 1; question <= 7; question++) {
            talk.say("AMAZON.YesIntent");
        }

        assertThat(counter.reads()).isEqualTo(1);
        assertThat(counter.writes()).isZero();
    }
}
