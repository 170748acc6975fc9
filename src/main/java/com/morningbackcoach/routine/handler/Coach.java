package com.morningbackcoach.routine.handler;

import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.SessionKey;
import com.morningbackcoach.routine.CoachPlan;
import com.morningbackcoach.routine.Coaching;
import com.morningbackcoach.routine.DayMode;
import com.morningbackcoach.routine.Depth;
import com.morningbackcoach.routine.Progress;
import com.morningbackcoach.routine.RoutineLibrary;
import com.morningbackcoach.speech.Rotation;
import com.morningbackcoach.speech.Speech;
import com.morningbackcoach.streak.Streak;
import com.morningbackcoach.user.UserProfile;

import java.time.LocalDate;

/**
 * Today's coach plan for the user in a conversation, and the session's own reasons to say more: a pain report or a
 * change of level this session brings the why and the safety line back. Nothing here is stored but the level and its dates.
 */
public final class Coach {

    static final SessionKey<Boolean> FULL_CUES = SessionKey.flag("fullCues");

    private Coach() {
    }

    /** Today's plan for a usual morning. */
    public static CoachPlan plan(Conversation conversation) {
        return plan(conversation, DayMode.NORMAL);
    }

    static CoachPlan plan(Conversation conversation, DayMode mode) {
        UserProfile profile = conversation.profile().get();
        return planFor(profile, mode, conversation.profile().today());
    }

    /** The plan for {@code day}, counting every morning the streak ever counted before it. */
    static CoachPlan planFor(UserProfile profile, DayMode mode, LocalDate day) {
        Streak streak = profile.streak();
        int before = streak.total() - (streak.lastMorning() != null && !streak.lastMorning().isBefore(day) ? 1 : 0);
        return CoachPlan.today(profile.progress(), profile.mornings().mornings(), before, profile.settings(), mode,
                day);
    }

    /** The level the routine is led at today. */
    public static int level(Conversation conversation) {
        return plan(conversation).level();
    }

    /**
     * How the routine {@code routineId} is led today: the bad back day's in full, the usual one at the plan's level
     * and depth, with the why and the safety line back after a pain report or a level change this session.
     */
    static Coaching coaching(Conversation conversation, String routineId) {
        if (RoutineLibrary.BAD_DAY.equals(routineId)) {
            return plan(conversation, DayMode.BAD_BACK_DAY).coaching(conversation.userKey());
        }
        Coaching today = plan(conversation).coaching(conversation.userKey());
        boolean remind = conversation.get(FULL_CUES).orElse(false) && today.depth() == Depth.SHORT;
        return remind ? today.withDepth(Depth.REMIND) : today;
    }

    /**
     * After pain is reported: the why and the safety line for the rest of the session. Nothing is stored: a pain
     * report leaves no trace, not even a date.
     */
    public static void painReported(Conversation conversation) {
        conversation.set(FULL_CUES, true);
    }

    /** Moves the level one down or up at once and says so; at either end, says where the user already is. */
    static String move(Conversation conversation, boolean harder) {
        Speech speech = conversation.speech();
        var profile = conversation.profile();
        if (profile.readFailed()) {
            return speech.say("level.unreachable");
        }
        Progress before = plan(conversation).progress();
        if (harder ? before.level() == Progress.TOP : before.level() == Progress.FIRST) {
            return speech.say(harder ? "level.top" : "level.bottom", before.level());
        }
        Progress after = harder ? before.harder(profile.today()) : before.easier(profile.today());
        profile.update(p -> p.withProgress(after));
        conversation.set(FULL_CUES, true);
        return speech.say(harder ? "level.up" : "level.down", after.level());
    }

    /** "You're on level 2 of 4." */
    static String current(Conversation conversation) {
        Speech speech = conversation.speech();
        if (conversation.profile().readFailed()) {
            return speech.say("level.unreachable");
        }
        int level = level(conversation);
        return conversation.profile().get().settings().gentle()
                ? speech.say("level.current.gentle", level, Progress.TOP)
                : speech.say("level.current", level, Progress.TOP);
    }

    /** One of the numbered phrasings of {@code family} for today: the same all day, never yesterday's. */
    public static String vary(Conversation conversation, String family, String fallbackKey, Object... args) {
        Speech speech = conversation.speech();
        return Rotation.count(speech, family) == 0 ? speech.say(fallbackKey, args)
                : Rotation.say(speech, family, conversation.profile().today(), conversation.userKey(), args);
    }
}
