package com.morningbackcoach.alexa;

/** An Alexa service API call that did not do what was asked, by what the user can be told about it. */
public final class AlexaApiException extends RuntimeException {

    /** What went wrong, as far as the user is concerned. */
    public enum Problem {
        /** The user has not granted the permission the call needs (401). */
        NOT_PERMITTED,
        /** The thing asked about is no longer there, for example a reminder deleted in the Alexa app (404). */
        NOT_FOUND,
        /** Alexa refused: the device does not take it, or a limit was reached (400, 403). */
        REFUSED,
        /** Too many calls just now (429). */
        BUSY,
        /** No answer in time, or an error on Alexa's side (5xx, a time-out, a broken connection). */
        UNAVAILABLE
    }

    private final Problem problem;

    public AlexaApiException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** The problem an HTTP status stands for. */
    public static Problem forStatus(int status) {
        return switch (status) {
            case 401 -> Problem.NOT_PERMITTED;
            case 404 -> Problem.NOT_FOUND;
            case 400, 403 -> Problem.REFUSED;
            case 429 -> Problem.BUSY;
            default -> Problem.UNAVAILABLE;
        };
    }
}
