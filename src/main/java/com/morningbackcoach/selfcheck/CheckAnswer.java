package com.morningbackcoach.selfcheck;

/** One answer to a self-check question; "not sure" counts as no. */
public enum CheckAnswer {
    YES('Y'),
    NO('N'),
    UNSURE('U');

    private final char code;

    CheckAnswer(char code) {
        this.code = code;
    }

    public boolean countsAsNo() {
        return this != YES;
    }

    public char code() {
        return code;
    }

    public static CheckAnswer ofCode(char code) {
        for (CheckAnswer answer : values()) {
            if (answer.code == code) {
                return answer;
            }
        }
        throw new IllegalArgumentException("Unknown answer code " + code);
    }
}
