package com.morningbackcoach.user;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.testing.DynamoDbTestStore;
import com.morningbackcoach.testing.MutableClock;
import com.morningbackcoach.testing.Reply;
import com.morningbackcoach.testing.SkillConversation;
import com.morningbackcoach.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.morningbackcoach.testing.TestStores.stored;
import static org.assertj.core.api.Assertions.assertThat;

class ConcurrentCompletionTest {

    private static final int DEVICES = 50;

    private final DynamoDbTestStore db = new DynamoDbTestStore();
    private final MutableClock clock = MutableClock.at("2026-11-24T07:00:00Z");

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void manyDevicesFinishingTheRoutineAtOnce_shouldCountTheMorningExactlyOnce() throws Exception {
        SlowWrites store = new SlowWrites(db.store());
        List<SkillConversation> devices = atTheLastPart(store, DEVICES);

        List<Reply> replies = finishAtOnce(devices);

        assertCountedOnce(devices.get(0).userId(), replies);
    }

    @Test
    void devicesFinishingAtOnceOnAStarvedStore_afterOneCountedTheMorning_shouldNeverSayTheyCouldNotSave()
            throws Exception {
        SlowWrites store = new SlowWrites(db.store());
        List<SkillConversation> devices = atTheLastPart(store, DEVICES);
        Reply first = devices.get(0).say("AMAZON.NextIntent");
        store.delay = Conversation.STORAGE_BUDGET.plusMillis(100);

        List<Reply> replies = finishAtOnce(devices.subList(1, DEVICES));

        assertThat(first.speech()).contains("whole routine");
        assertCountedOnce(devices.get(0).userId(), replies);
    }

    private List<SkillConversation> atTheLastPart(UserStore store, int count) {
        List<SkillConversation> devices = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SkillConversation talk = new SkillConversation(TestServices.with(store, clock, ZoneId.of("UTC")))
                    .afterSafetyNote();
            talk.launch();
            toLastPart(talk);
            devices.add(talk);
        }
        return devices;
    }

    private static List<Reply> finishAtOnce(List<SkillConversation> devices) throws Exception {
        CyclicBarrier start = new CyclicBarrier(devices.size());
        ExecutorService pool = Executors.newFixedThreadPool(devices.size());
        List<Future<Reply>> finishes = new ArrayList<>();
        for (SkillConversation talk : devices) {
            finishes.add(pool.submit(() -> {
                start.await();
                return talk.say("AMAZON.NextIntent");
            }));
        }
        List<Reply> replies = new ArrayList<>();
        for (Future<Reply> finish : finishes) {
            replies.add(finish.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        return replies;
    }

    private void assertCountedOnce(String userId, List<Reply> replies) {
        UserProfile stored = stored(db.store(), userId);
        assertThat(stored.streak().total()).isEqualTo(1);
        assertThat(stored.streak().current()).isEqualTo(1);
        assertThat(stored.savedPlaceIfAny()).isEmpty();
        assertThat(replies).allSatisfy(reply -> assertThat(reply.speech())
                .contains("whole routine").doesNotContain("couldn't save"));
    }

    @Test
    void twoDevicesChangingDifferentThings_shouldKeepBothChanges() {
        SkillConversation kitchen = new SkillConversation(TestServices.with(db.store(), clock, ZoneId.of("UTC")));
        SkillConversation bedroom = new SkillConversation(TestServices.with(db.store(), clock, ZoneId.of("UTC")));
        kitchen.afterSafetyNote();
        kitchen.launch();
        bedroom.launch();
        toLastPart(kitchen);
        bedroom.say("AMAZON.StartOverIntent");

        kitchen.say("AMAZON.NextIntent");
        bedroom.say("AMAZON.NextIntent");

        UserProfile stored = stored(db.store(), kitchen.userId());
        assertThat(stored.streak().total()).isEqualTo(1);
        assertThat(stored.savedPlaceIfAny()).hasValueSatisfying(saved -> assertThat(saved.position().step()).isEqualTo(2));
    }

    /**
     * A store too busy to keep up: once {@code delay} is set, every write's answer, a success or a conflict, arrives
     * that late; here after the turn's whole storage budget, so no retry fits.
     */
    private static final class SlowWrites implements UserStore {

        private final UserStore store;
        private volatile Duration delay = Duration.ZERO;

        SlowWrites(UserStore store) {
            this.store = store;
        }

        @Override
        public StoredProfile load(String userId) {
            return store.load(userId);
        }

        @Override
        public UserProfile save(String userId, StoredProfile expected, UserProfile changed) {
            try {
                return store.save(userId, expected, changed);
            } finally {
                pause();
            }
        }

        @Override
        public void delete(String userId, Instant at) {
            store.delete(userId, at);
        }

        private void pause() {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void toLastPart(SkillConversation talk) {
        Reply reply = talk.say("AMAZON.StartOverIntent");
        while (!reply.speech().contains("Say done")) {
            reply = talk.say("AMAZON.NextIntent");
        }
    }
}
