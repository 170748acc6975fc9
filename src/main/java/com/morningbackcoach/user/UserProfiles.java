package com.morningbackcoach.user;

import java.util.function.UnaryOperator;

/** Applies changes to a user's profile, re-reading and re-applying when another request got there first. */
public final class UserProfiles {

    static final int MAX_ATTEMPTS = 4;

    private final UserStore store;

    public UserProfiles(UserStore store) {
        this.store = store;
    }

    /**
     * Applies {@code change} to {@code known} and saves it. A change that alters nothing is not written.
     * On a concurrent update the fresh profile is read and the change applied to it again, a few times at most.
     */
    public UserProfile update(String userId, UserProfile known, UnaryOperator<UserProfile> change) {
        UserProfile base = known;
        for (int attempt = 1; ; attempt++) {
            UserProfile changed = change.apply(base);
            if (changed.equals(base)) {
                return base;
            }
            try {
                return store.save(userId, changed);
            } catch (ConcurrentUpdateException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
                base = store.load(userId).orElseGet(UserProfile::newUser);
            }
        }
    }
}
