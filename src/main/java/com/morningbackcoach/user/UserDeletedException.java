package com.morningbackcoach.user;

/** The user's data was deleted after this conversation read it, so nothing of the conversation may be stored. */
public class UserDeletedException extends StoreException {

    public UserDeletedException(String message) {
        super(message, null);
    }
}
