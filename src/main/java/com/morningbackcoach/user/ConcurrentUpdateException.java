package com.morningbackcoach.user;

/** Another request saved the same user since this copy was read. */
public class ConcurrentUpdateException extends StoreException {

    public ConcurrentUpdateException(String message, Throwable cause) {
        super(message, cause);
    }
}
