package com.morningbackcoach.user;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the store holds for a user, as one read saw it: nothing yet, a profile, or the mark left when the user's data
 * was deleted. A write names the state it was computed from and only lands if the store still holds exactly that.
 */
public sealed interface StoredProfile {

    /** The profile a conversation starts from: the stored one, or a new user's. */
    UserProfile profile();

    static StoredProfile of(UserProfile profile) {
        return new Present(profile);
    }

    default Optional<Deleted> deleted() {
        return this instanceof Deleted deleted ? Optional.of(deleted) : Optional.empty();
    }

    /** Nothing was ever stored for the user. */
    record Absent() implements StoredProfile {
        @Override
        public UserProfile profile() {
            return UserProfile.newUser();
        }
    }

    /** A stored profile, with its version. */
    record Present(UserProfile profile) implements StoredProfile {
        public Present {
            Objects.requireNonNull(profile);
            Objects.requireNonNull(profile.version(), "a stored profile has a version");
        }
    }

    /** The user's data was deleted at {@code at}; only a conversation that began after that may store anew. */
    record Deleted(Instant at) implements StoredProfile {
        public Deleted {
            Objects.requireNonNull(at);
        }

        @Override
        public UserProfile profile() {
            return UserProfile.newUser();
        }
    }
}
