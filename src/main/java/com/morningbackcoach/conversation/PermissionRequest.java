package com.morningbackcoach.conversation;

import java.util.Objects;

/**
 * A permission Alexa asks the user for in its own voice, on the skill's behalf; {@code token} comes back with the
 * answer, so the skill can finish what it was asked to do.
 */
public record PermissionRequest(String scope, String token) {

    public PermissionRequest {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(token, "token");
    }
}
