package com.morningbackcoach.safety.handler;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.Reroute;
import com.morningbackcoach.safety.PainSign;
import com.morningbackcoach.safety.SymptomWords;

import java.util.Optional;

/**
 * A symptom said in any words is a symptom: any request whose slots carry words naming a pain sign, in any intent
 * and state, is handled as {@code PainIntent} before anything else answers it. Nothing of what was said is kept.
 */
public final class SymptomInWords implements Reroute {

    @Override
    public Optional<String> intentFor(Conversation conversation) {
        if (PainIntentHandler.INTENT.equals(conversation.spokenIntentName())) {
            return Optional.empty();
        }
        return signIn(conversation).map(sign -> PainIntentHandler.INTENT);
    }

    /** The most urgent sign in the words of any slot. */
    static Optional<PainSign> signIn(Conversation conversation) {
        SymptomWords words = SymptomWords.forLocale(conversation.speech().locale());
        return conversation.spokenSlotValues().stream().map(words::signIn).flatMap(Optional::stream)
                .reduce(SymptomWords::moreUrgent);
    }
}
