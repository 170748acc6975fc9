package com.morningbackcoach.safety;

import java.util.Optional;

/**
 * What a user says about pain, by the id of the {@code PAIN_SIGN} slot value, and how urgently it routes: urgent signs
 * to urgent care, warning signs to a healthcare provider, plain pain to one question about the warning signs.
 */
public enum PainSign {
    PAIN(Urgency.ASK),
    SHARP(Urgency.ASK),
    SHOOTING(Urgency.WARNING),
    NUMB(Urgency.WARNING),
    TINGLING(Urgency.WARNING),
    WEAK(Urgency.WARNING),
    SWELLING(Urgency.WARNING),
    LOCKING(Urgency.WARNING),
    GROIN_NUMB(Urgency.URGENT),
    BLADDER_BOWEL(Urgency.URGENT),
    SUDDEN_WEAKNESS(Urgency.URGENT),
    AFTER_FALL(Urgency.URGENT);

    /** How a sign routes. */
    public enum Urgency {
        /** Urgent care now, or the local emergency number. */
        URGENT,
        /** See a healthcare provider. */
        WARNING,
        /** Ask whether any warning sign comes with it. */
        ASK
    }

    private final Urgency urgency;

    PainSign(Urgency urgency) {
        this.urgency = urgency;
    }

    public Urgency urgency() {
        return urgency;
    }

    public static Optional<PainSign> of(String id) {
        for (PainSign sign : values()) {
            if (sign.name().equals(id)) {
                return Optional.of(sign);
            }
        }
        return Optional.empty();
    }
}
