package com.morningbackcoach.conversation;

import java.util.Map;
import java.util.Objects;

/**
 * What a device with a screen shows with a reply: an APL document of this skill, by name ({@code apl/<document>.json}),
 * and the plain-text data it is bound to as {@code payload}.
 */
public record Screen(String document, Map<String, Object> payload) {

    public Screen {
        Objects.requireNonNull(document);
        payload = Map.copyOf(payload);
    }
}
