package com.morningbackcoach.conversation;

import java.util.Objects;

/**
 * Something the user is in the middle of, such as the routine at a step or the self-check at a question. A session
 * is in at most one activity; it is kept under one session attribute together with the activity's own state.
 *
 * @param <T>    the activity's state
 * @param state  how the state is kept in the session
 * @param resume the question that brings the user back to the activity after a detour, such as a question asked
 *               mid-routine
 */
public record Activity<T>(SessionKey<T> state, Question resume) {

    public Activity {
        Objects.requireNonNull(state);
        Objects.requireNonNull(resume);
    }

    public String kind() {
        return state.name();
    }
}
