package com.morningbackcoach.routine.handler;

import com.morningbackcoach.conversation.Activity;
import com.morningbackcoach.conversation.SessionKey;
import com.morningbackcoach.routine.RoutinePlace;
import com.morningbackcoach.routine.RoutinePosition;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The routine's state in the session: the step the user is on and the morning it counts for. */
public final class RoutineSession {

    public static final Activity<RoutinePlace> ROUTINE = new Activity<>(
            SessionKey.of("routine", RoutineSession::encode, RoutineSession::decode), RoutinePrompt.NEXT);

    private RoutineSession() {
    }

    private static Object encode(RoutinePlace place) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("step", place.position().step());
        map.put("morning", place.morning().toString());
        return map;
    }

    private static RoutinePlace decode(Object raw) {
        Map<?, ?> map = (Map<?, ?>) raw;
        Number step = (Number) map.get("step");
        if (step.doubleValue() != step.intValue()) {
            throw new IllegalArgumentException("Not a step");
        }
        return new RoutinePlace(new RoutinePosition(step.intValue()), LocalDate.parse((String) map.get("morning")));
    }
}
