package com.morningbackcoach.testing;

import com.morningbackcoach.routine.Length;
import com.morningbackcoach.routine.Pace;
import com.morningbackcoach.routine.RoutineSettings;

import java.util.ArrayList;
import java.util.List;

/** Every pace, length and version a routine can be led at, after the safety note, with tips. */
public final class EverySetting {

    private EverySetting() {
    }

    public static List<RoutineSettings> all() {
        List<RoutineSettings> all = new ArrayList<>();
        for (Pace pace : Pace.values()) {
            for (Length length : Length.values()) {
                for (boolean gentle : new boolean[]{false, true}) {
                    all.add(new RoutineSettings(pace, length, gentle, true, true));
                }
            }
        }
        return all;
    }
}
