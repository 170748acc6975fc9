package com.morningbackcoach.user;

import java.time.Duration;
import java.time.Instant;

/** Where user profiles live. Implementations wrap their own failures in {@link StoreException}. */
public interface UserStore {

    StoredProfile load(String userId);

    /** As {@link #load(String)}, giving up after {@code timeout} at the latest. */
    default StoredProfile load(String userId, Duration timeout) {
        return load(userId);
    }

    /**
     * Stores {@code changed}, with the next version, only if the store still holds exactly {@code expected}: the state
     * the change was computed from. So no stale, forged or corrupt copy is ever written, and a deletion sticks.
     *
     * @return the profile as stored, carrying its new version
     * @throws ConcurrentUpdateException when the store holds something else, with what it holds where known
     */
    UserProfile save(String userId, StoredProfile expected, UserProfile changed);

    /** As {@link #save(String, StoredProfile, UserProfile)}, giving up after {@code timeout} at the latest. */
    default UserProfile save(String userId, StoredProfile expected, UserProfile changed, Duration timeout) {
        return save(userId, expected, changed);
    }

    /**
     * Removes everything stored for the user and leaves a mark, kept for a while, so that no conversation under way
     * writes any of it back. Deleting an unknown user leaves only the mark.
     */
    void delete(String userId, Instant at);
}
