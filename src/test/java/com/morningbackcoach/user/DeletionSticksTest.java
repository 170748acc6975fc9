package com.morningbackcoach.user;

import com.morningbackcoach.testing.DynamoDbTestStore;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Once a user's data is deleted, no conversation that was under way writes any of it back. */
class DeletionSticksTest {

    private final DynamoDbTestStore db = new DynamoDbTestStore();
    private final MutableClock clock = MutableClock.at("2026-11-24T07:00:00Z");

    @AfterEach
    void close() {
        db.close();
    }

    private SkillConversation midRoutine() {
        SkillConversation talk = new SkillConversation(TestServices.with(db.store(), clock, ZoneId.of("UTC")))
                .afterSafetyNote();
        talk.launch();
        talk.say("StartRoutineIntent");
        talk.say("AMAZON.NextIntent");
        assertThat(db.store().load(talk.userId())).isInstanceOf(StoredProfile.Present.class);
        return talk;
    }

    private void disable(SkillConversation talk) {
        new SkillConversation(TestServices.with(db.store(), clock, ZoneId.of("UTC"))).asUser(talk.userId())
                .send(SkillConversation.fixture("SkillDisabled"));
    }

    @Test
    void skillDisabled_thenTheSameSessionGoesOn_shouldNotRecreateAnything() {
        SkillConversation talk = midRoutine();
        clock.advance(Duration.ofSeconds(20));

        disable(talk);
        clock.advance(Duration.ofSeconds(20));
        Reply next = talk.say("AMAZON.NextIntent");
        Reply slower = talk.say("AdjustRoutineIntent", java.util.Map.of("change", "slower|SLOWER"));

        assertThat(next.speech()).contains("knee hugs");
        assertThat(slower.speech()).doesNotContain("couldn't save");
        assertThat(db.store().load(talk.userId())).isInstanceOf(StoredProfile.Deleted.class);
    }

    @Test
    void deleteMyData_thenANewSessionLater_shouldStoreAnew() {
        SkillConversation talk = midRoutine();
        talk.say("DeleteMyDataIntent");
        talk.say("AMAZON.YesIntent");
        clock.advance(Duration.ofMinutes(1));

        talk.launch();
        Reply note = talk.say("StartRoutineIntent");
        talk.say("AMAZON.NoIntent");

        assertThat(note.question()).isEqualTo("routine.offer.safety_note");
        assertThat(db.store().load(talk.userId())).isInstanceOf(StoredProfile.Present.class);
    }

    @RepeatedTest(20)
    void skillDisabledRacingATurn_shouldAlwaysEndDeleted() throws Exception {
        SkillConversation talk = midRoutine();
        CyclicBarrier start = new CyclicBarrier(2);

        CompletableFuture<Reply> turn = CompletableFuture.supplyAsync(() -> {
            await(start);
            return talk.say("AMAZON.NextIntent");
        });
        CompletableFuture<Void> disabled = CompletableFuture.runAsync(() -> {
            await(start);
            disable(talk);
        });

        assertThat(turn.get(30, TimeUnit.SECONDS).speech()).contains("knee hugs");
        disabled.get(30, TimeUnit.SECONDS);
        assertThat(db.store().load(talk.userId())).isInstanceOf(StoredProfile.Deleted.class);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
