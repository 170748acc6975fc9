package com.morningbackcoach.user;

/** The user store could not do what was asked: unreachable, throttled, timed out or refused. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
