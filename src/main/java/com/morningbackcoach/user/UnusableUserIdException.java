package com.morningbackcoach.user;

/** The user id cannot be a key in the store, so nothing can ever be stored or deleted for it; trying again is futile. */
public final class UnusableUserIdException extends StoreException {

    public UnusableUserIdException(String message) {
        super(message, null);
    }
}
