package com.morningbackcoach.routine;

import java.util.List;

/**
 * A step of the routine: its name, its purpose said up front, the one-line "stop if it hurts" it carries the first
 * time it is heard in a session (empty for a step without movement), and its parts.
 */
public record Step(String id, String name, String purpose, String ifItHurts, List<Part> parts) {

    public Step {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("Step " + id + " has no parts");
        }
    }

    public boolean isMovement() {
        return !ifItHurts.isEmpty();
    }
}
