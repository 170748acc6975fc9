package com.morningbackcoach.selfcheck;

/** The seven self-check questions, in the order they are asked. A "no" to a firm one calls for a provider's look. */
public enum CheckQuestion {
    ONCE_PER_JOINT(false),
    PAINLESS(true),
    FREER_AFTER(false),
    STABLE_OVER_TIME(false),
    ACTIVE(false),
    SUPPORTIVE_SLEEP(false),
    NO_RECENT_INJURY(true);

    public static final int COUNT = values().length;

    private final boolean firm;

    CheckQuestion(boolean firm) {
        this.firm = firm;
    }

    public boolean isFirm() {
        return firm;
    }

    /** 1 to 7. */
    public int number() {
        return ordinal() + 1;
    }
}
