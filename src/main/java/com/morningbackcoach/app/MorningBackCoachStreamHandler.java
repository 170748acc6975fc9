package com.morningbackcoach.app;

import com.amazon.ask.Skill;
import com.amazon.ask.SkillStreamHandler;
import org.crac.Core;

/** The Lambda entry point: the one place where the skill meets its runtime. */
public final class MorningBackCoachStreamHandler extends SkillStreamHandler {

    /** Held here because the CRaC context keeps only weak references to its resources. */
    private SnapStartPriming priming;

    /** Used by Lambda: wiring from the environment, built once per container, primed before a SnapStart snapshot. */
    public MorningBackCoachStreamHandler() {
        this(SkillRuntime.fromEnvironment());
    }

    /** The Lambda wiring from a given runtime; its priming runs this very handler before a snapshot. */
    MorningBackCoachStreamHandler(SkillRuntime runtime) {
        super(runtime.skill());
        priming = new SnapStartPriming(this, runtime);
        Core.getGlobalContext().register(priming);
    }

    /** Used by the local runner and tests, with their own store, clock and Alexa API client. */
    public MorningBackCoachStreamHandler(Skill skill) {
        super(skill);
    }

    /** The SnapStart hooks; null when the handler was built around a given skill. */
    SnapStartPriming priming() {
        return priming;
    }
}
