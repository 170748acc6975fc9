package com.morningbackcoach.testing;

import com.morningbackcoach.user.StoredProfile;
import com.morningbackcoach.user.UserProfile;
import com.morningbackcoach.user.UserStore;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading a user store in tests. */
public final class TestStores {

    private TestStores() {
    }

    /** The stored profile of {@code userId}; fails the test when none is stored. */
    public static UserProfile stored(UserStore store, String userId) {
        StoredProfile loaded = store.load(userId);
        assertThat(loaded).as("what is stored for %s", userId).isInstanceOf(StoredProfile.Present.class);
        return loaded.profile();
    }
}
