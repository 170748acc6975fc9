package com.morningbackcoach.routine.handler;

import com.morningbackcoach.conversation.Activity;
import com.morningbackcoach.conversation.SessionKey;
import com.morningbackcoach.routine.RoutineLibrary;
import com.morningbackcoach.routine.RoutinePlace;
import com.morningbackcoach.routine.RoutinePosition;
import com.morningbackcoach.speech.ContentBundles;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The routine's state in the session: which routine, the step and part the user is on, the morning it counts for;
 * and which steps were already heard this session, so each says "stop if it hurts" once.
 */
public final class RoutineSession {

    public static final Activity<RoutinePlace> ROUTINE = new Activity<>(
            SessionKey.of("routine", RoutineSession::encode, RoutineSession::decode), RoutinePrompt.NEXT);
    /** Set after a warning sign: the routine rests for the rest of the session. */
    static final SessionKey<Boolean> RESTING = SessionKey.flag("routineResting");
    static final SessionKey<String> STEPS_HEARD = SessionKey.text("routineHeard", Pattern.compile("[0-9,]{1,40}"));

    private RoutineSession() {
    }

    private static Object encode(RoutinePlace place) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("routine", place.routineId());
        map.put("step", place.position().step());
        map.put("part", place.position().part());
        map.put("morning", place.morning().toString());
        return map;
    }

    /** A place this skill wrote: a routine that exists and a position within it. */
    static RoutinePlace decode(Object raw) {
        Map<?, ?> map = (Map<?, ?>) raw;
        String routine = (String) map.get("routine");
        RoutinePosition position = new RoutinePosition(whole(map.get("step")), whole(map.get("part")));
        if (!RoutineLibrary.exists(routine)
                || !RoutineLibrary.routine(routine, ContentBundles.DEFAULT_LOCALE).contains(position)) {
            throw new IllegalArgumentException("No such place");
        }
        return new RoutinePlace(routine, position, LocalDate.parse((String) map.get("morning")));
    }

    private static int whole(Object value) {
        Number number = (Number) value;
        if (number.doubleValue() != number.intValue()) {
            throw new IllegalArgumentException("Not a whole number");
        }
        return number.intValue();
    }
}
