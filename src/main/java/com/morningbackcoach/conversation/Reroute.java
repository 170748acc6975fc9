package com.morningbackcoach.conversation;

import java.util.Optional;

/**
 * A reading of the words a request carries that takes it to another intent before any handler is asked, as a symptom
 * said inside a question is handled as pain. Registered by a feature in the wiring; the base knows none.
 */
@FunctionalInterface
public interface Reroute {

    /** The intent the request is to be handled as, or empty to leave it as it was heard. */
    Optional<String> intentFor(Conversation conversation);
}
