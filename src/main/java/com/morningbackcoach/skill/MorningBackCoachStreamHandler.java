package com.morningbackcoach.skill;

import com.amazon.ask.Skill;
import com.amazon.ask.SkillStreamHandler;

/** The Lambda entry point: the one place where the skill meets its runtime. */
public final class MorningBackCoachStreamHandler extends SkillStreamHandler {

    /** Used by Lambda: wiring from the environment, built once per container. */
    public MorningBackCoachStreamHandler() {
        this(SkillRuntime.fromEnvironment().skill());
    }

    /** Used by the local runner and tests, with their own store, clock and Alexa API client. */
    public MorningBackCoachStreamHandler(Skill skill) {
        super(skill);
    }
}
