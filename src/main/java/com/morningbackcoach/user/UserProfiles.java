package com.morningbackcoach.user;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

/**
 * Applies a change to a user's profile and stores it. When another request stored first, the change is applied
 * again to what the store now holds; when what it holds already includes the change (another device counted the same
 * morning), that is a success. When a write timed out, it is tried again, and a write that had landed after all
 * is recognised as this one. Retries wait a random, growing moment, and stop when the request's time budget is spent.
 */
public final class UserProfiles {

    static final int MAX_ATTEMPTS = 16;
    static final Duration BASE_BACKOFF = Duration.ofMillis(8);
    static final Duration MAX_BACKOFF = Duration.ofMillis(160);

    private final UserStore store;

    public UserProfiles(UserStore store) {
        this.store = store;
    }

    /**
     * Applies {@code change} to the profile in {@code known} and stores it, unless it alters nothing.
     *
     * @return what the store holds afterwards
     * @throws UserDeletedException when the user's data was deleted after {@code known} was read
     * @throws StoreException       when the store fails past the budget or the attempts
     */
    public StoredProfile update(String userId, StoredProfile known, UnaryOperator<UserProfile> change,
                                TimeBudget budget) {
        StoredProfile base = known;
        StoreException last = null;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            if (base instanceof StoredProfile.Deleted && !base.equals(known)) {
                throw new UserDeletedException("Deleted during the conversation");
            }
            UserProfile current = base.profile();
            UserProfile changed = change.apply(current);
            if (changed.equals(current)) {
                return base;
            }
            UserProfile intended = changed.withVersion(nextVersion(base));
            try {
                return new StoredProfile.Present(store.save(userId, base, changed, budget.remaining()));
            } catch (ConcurrentUpdateException conflict) {
                last = conflict;
                StoredProfile now = conflict.current().orElseGet(() -> store.load(userId, budget.remaining()));
                if (now instanceof StoredProfile.Present present && (present.profile().equals(intended)
                        || change.apply(present.profile()).equals(present.profile()))) {
                    return now;
                }
                base = now;
            } catch (StoreException failure) {
                last = failure;
            }
            if (!pause(attempt, budget)) {
                break;
            }
        }
        throw last;
    }

    private static long nextVersion(StoredProfile base) {
        return base instanceof StoredProfile.Present present ? present.profile().version() + 1 : 1L;
    }

    /** Waits a random moment before the next attempt; false when the budget does not allow another. */
    private static boolean pause(int attempt, TimeBudget budget) {
        long ceiling = Math.min(MAX_BACKOFF.toMillis(), BASE_BACKOFF.toMillis() << Math.min(attempt, 10));
        long wait = ThreadLocalRandom.current().nextLong(ceiling + 1);
        if (budget.remaining().toMillis() <= wait + BASE_BACKOFF.toMillis()) {
            return false;
        }
        try {
            Thread.sleep(wait);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
