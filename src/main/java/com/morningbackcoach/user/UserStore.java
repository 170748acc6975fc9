package com.morningbackcoach.user;

import java.util.Optional;

/** Where user profiles live. Implementations wrap their own failures in {@link StoreException}. */
public interface UserStore {

    Optional<UserProfile> load(String userId);

    /**
     * Saves the profile if the stored revision is still {@code profile.version()} (absent when that is null).
     *
     * @return the profile as saved, carrying its new version
     * @throws ConcurrentUpdateException when someone else saved in between
     */
    UserProfile save(String userId, UserProfile profile);

    /** Removes everything stored for the user; removing an unknown user does nothing. */
    void delete(String userId);
}
