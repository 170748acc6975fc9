package com.morningbackcoach.user;

import java.util.Optional;

/** The store no longer holds the state a change was computed from: another request saved, or the user was deleted. */
public class ConcurrentUpdateException extends StoreException {

    private final transient StoredProfile current;

    public ConcurrentUpdateException(String message, StoredProfile current, Throwable cause) {
        super(message, cause);
        this.current = current;
    }

    /** What the store holds now, when the failed write could tell; otherwise read it again. */
    public Optional<StoredProfile> current() {
        return Optional.ofNullable(current);
    }
}
