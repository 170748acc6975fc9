package com.morningbackcoach.routine.handler;

import com.morningbackcoach.alerts.handler.ReminderOffer;
import com.morningbackcoach.conversation.Card;
import com.morningbackcoach.conversation.Conversation;
import com.morningbackcoach.conversation.Reply;
import com.morningbackcoach.routine.CoachPlan;
import com.morningbackcoach.routine.DayMode;
import com.morningbackcoach.routine.LevelChange;
import com.morningbackcoach.routine.Routine;
import com.morningbackcoach.routine.RoutineLibrary;
import com.morningbackcoach.routine.RoutinePlace;
import com.morningbackcoach.routine.RoutineSettings;
import com.morningbackcoach.routine.SavedPlace;
import com.morningbackcoach.speech.Rotation;
import com.morningbackcoach.streak.Streak;
import com.morningbackcoach.streak.handler.StreakSpeech;
import com.morningbackcoach.streak.handler.WeekSpeech;
import com.morningbackcoach.user.UserProfile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalInt;

/** The moves through the routine: where the user is, going to a part, skipping a step, finishing. */
public final class RoutineFlow {

    private static final Logger LOG = LoggerFactory.getLogger(RoutineFlow.class);

    private RoutineFlow() {
    }

    /** The routine {@code id} in the user's language. */
    public static Routine routine(Conversation conversation, String id) {
        return RoutineLibrary.routine(id, conversation.speech().locale());
    }

    /** The level the routine is led at today. */
    public static int level(Conversation conversation) {
        return Coach.level(conversation);
    }

    public static RoutineSettings settings(Conversation conversation) {
        return conversation.profile().get().settings();
    }

    /** The user's place: this session's, or else the one saved earlier this morning. */
    public static Optional<RoutinePlace> current(Conversation conversation) {
        Optional<RoutinePlace> inSession = conversation.activity(RoutineSession.ROUTINE);
        if (inSession.isPresent()) {
            return inSession;
        }
        var profile = conversation.profile();
        return profile.get().savedPlaceIfAny()
                .filter(saved -> RoutineLibrary.exists(saved.routineId())
                        && routine(conversation, saved.routineId()).contains(saved.position()))
                .flatMap(saved -> saved.resumableOn(profile.today(), conversation.now()));
    }

    /**
     * The first part of a new routine, which counts for today; before the very first one, the safety note. After a
     * week or more away the level steps down one, said up front; after three good mornings at a level comes the offer
     * of the next. A profile that could not be read is unknown, not new: the routine starts without the one-time
     * question.
     */
    public static Reply start(Conversation conversation, String lead) {
        if (isResting(conversation)) {
            return resting(conversation);
        }
        var speech = conversation.speech();
        if (conversation.profile().readFailed() && !conversation.isIn(RoutineSession.ROUTINE)) {
            lead = (lead + " " + speech.say("routine.unreachable")).trim();
        }
        if (!settings(conversation).safetyNoteGiven() && !conversation.profile().readFailed()) {
            boolean justHeard = conversation.asks(RoutineOffer.SAFETY_NOTE);
            return (justHeard ? RoutineOffer.SAFETY_NOTE.prompt(conversation)
                    : RoutineOffer.SAFETY_NOTE.ask(conversation)).withLead(lead);
        }
        if (!conversation.profile().readFailed()) {
            CoachPlan plan = Coach.plan(conversation);
            if (plan.change() == LevelChange.LOWER_AFTER_BREAK) {
                conversation.profile().update(profile -> profile.withProgress(plan.progress()));
                conversation.set(Coach.FULL_CUES, true);
                lead = (lead + " " + speech.say("level.afterBreak", plan.level())).trim();
            } else if (plan.offerStepUp() && !conversation.hasDeclined(LevelOffer.STEP_UP.id())) {
                conversation.decline(LevelOffer.STEP_UP.id());
                return LevelOffer.STEP_UP.ask(conversation).withLead(lead);
            }
        }
        return beginAtTheTop(conversation).withLead(lead);
    }

    /**
     * A bad back day: the short, gentle routine in bed, with one sentence on flare-ups. It counts as this morning,
     * changes no level, and skips the one-time question, whose warning signs the sentence names.
     */
    public static Reply startBadBackDay(Conversation conversation) {
        if (isResting(conversation)) {
            return resting(conversation);
        }
        var speech = conversation.speech();
        String lead = speech.say("badday.start") + " " + speech.say("badday.advice");
        return beginAtTheTop(conversation, RoutineLibrary.BAD_DAY).withLead(lead);
    }

    /** Where the user left off this morning, or a new routine. */
    public static Reply continueOrStart(Conversation conversation) {
        return current(conversation).map(place -> goTo(conversation, place)).orElseGet(() -> start(conversation, ""));
    }

    /**
     * Speaks the part at {@code place}, and keeps it as the user's place; a bad back day's place lives in the session
     * only, so the store never shows that the morning was a bad one.
     */
    public static Reply goTo(Conversation conversation, RoutinePlace claimed) {
        if (isResting(conversation)) {
            return resting(conversation);
        }
        RoutinePlace place = underWay(conversation, claimed);
        conversation.enter(RoutineSession.ROUTINE, place);
        SavedPlace saved = RoutineLibrary.BAD_DAY.equals(place.routineId()) ? null
                : SavedPlace.of(place, conversation.now());
        conversation.profile().update(profile -> profile.withSavedPlace(saved));
        return RoutinePrompt.NEXT.ask(conversation);
    }

    /** What the user hears on stopping mid-routine: where their place is kept, or, on a bad back day, how to come back. */
    static String stopped(Conversation conversation, RoutinePlace place) {
        return RoutineLibrary.BAD_DAY.equals(place.routineId()) ? conversation.speech().say("stop.badDay")
                : conversation.speech().say("stop.midRoutine", place.position().step());
    }

    /** The part after the current one, or the end of the routine after the last. */
    public static Reply next(Conversation conversation, RoutinePlace place) {
        return routine(conversation, place.routineId()).next(place.position(), settings(conversation), level(conversation))
                .map(position -> goTo(conversation, place.at(position)))
                .orElseGet(() -> finish(conversation, place));
    }

    /** The part before the current one; at the very first, that one again. */
    public static Reply previous(Conversation conversation, RoutinePlace place) {
        return routine(conversation, place.routineId()).previous(place.position(), settings(conversation), level(conversation))
                .map(position -> goTo(conversation, place.at(position)))
                .orElseGet(() -> goTo(conversation, place)
                        .withLead(conversation.speech().say("routine.firstStepAlready")));
    }

    /** The first part of the first step again, for the same morning. */
    public static Reply fromTheTop(Conversation conversation, RoutinePlace place) {
        Routine routine = routine(conversation, place.routineId());
        return goTo(conversation, place.at(routine.first(settings(conversation), level(conversation))))
                .withLead(conversation.speech().say("routine.fromTheTop"));
    }

    /** The first part of the next step; skipping the last step finishes the routine, which still counts. */
    public static Reply skip(Conversation conversation, RoutinePlace place) {
        var speech = conversation.speech();
        return routine(conversation, place.routineId()).nextStep(place.position(), settings(conversation), level(conversation))
                .map(position -> goTo(conversation, place.at(position)).withLead(speech.say("routine.skipping")))
                .orElseGet(() -> finish(conversation, place).withLead(speech.say("routine.skippedLast")));
    }

    /** The part after the one that hurt, in this step or the next; after the routine's last part, its end. */
    public static Reply skipMove(Conversation conversation, RoutinePlace place) {
        var speech = conversation.speech();
        return routine(conversation, place.routineId()).next(place.position(), settings(conversation), level(conversation))
                .map(position -> goTo(conversation, place.at(position)).withLead(speech.say("routine.skippingMove")))
                .orElseGet(() -> finish(conversation, place).withLead(speech.say("routine.skippedLast")));
    }

    /**
     * After a warning sign: no part of the routine is led again this session, and the menu no longer offers it. The
     * place stays kept; only the session knows why, and it forgets when it ends.
     */
    public static void restForToday(Conversation conversation) {
        conversation.set(RoutineSession.RESTING, true);
        conversation.decline(RoutineOffer.DECLINED);
    }

    public static boolean isResting(Conversation conversation) {
        return conversation.get(RoutineSession.RESTING).orElse(false);
    }

    private static Reply resting(Conversation conversation) {
        conversation.leaveActivity();
        return conversation.backToWhereWeWere(conversation.speech().say("routine.restingToday"));
    }

    static Reply beginAtTheTop(Conversation conversation) {
        return beginAtTheTop(conversation, RoutineLibrary.MORNING);
    }

    private static Reply beginAtTheTop(Conversation conversation, String routineId) {
        Routine routine = routine(conversation, routineId);
        RoutinePlace first = new RoutinePlace(routine.id(), routine.first(settings(conversation), level(conversation)),
                conversation.profile().today());
        return goTo(conversation, first);
    }

    /**
     * Completes the routine: the streak and the week count its morning and the user hears both, then a tip. After a
     * third or a seventh morning in a row comes the offer of a daily reminder; else, from the third morning at a level,
     * "easier, the same, or harder?" once; otherwise the session ends.
     */
    static Reply finish(Conversation conversation, RoutinePlace claimed) {
        RoutinePlace place = underWay(conversation, claimed);
        conversation.leaveActivity();
        boolean usual = RoutineLibrary.MORNING.equals(place.routineId());
        var profile = conversation.profile();
        UserProfile before = profile.get();
        CoachPlan plan = Coach.planFor(before, DayMode.NORMAL, place.morning());
        UserProfile after = profile.update(p -> counted(p, p.streak().completedOn(place.morning(), conversation.now()),
                place.morning()).withSavedPlace(null));
        Streak streak = after.streak();
        var speech = conversation.speech();
        String said = StreakSpeech.afterCompletion(speech, streak);
        String week = WeekSpeech.soFar(speech, after.mornings(), profile.today());
        boolean counted = !after.streak().equals(before.streak());
        StringBuilder done = new StringBuilder(usual ? Coach.vary(conversation, "variety.finish", "routine.complete")
                : speech.say("badday.done"))
                .append(' ').append(Coach.vary(conversation, "variety.praise", "variety.praise.1"))
                .append(' ').append(said).append(' ').append(week);
        tip(conversation, plan.morning()).ifPresent(tip -> done.append(' ').append(tip));
        done.append(' ').append(speech.say("routine.waterTonight"));
        Optional<Reply> reminder = ReminderOffer.afterMorning(conversation, streak);
        Reply reply;
        if (reminder.isPresent()) {
            reply = reminder.get().withLead(done.toString());
        } else if (usual && counted && plan.askHowItFeltAfter() && !profile.readFailed()) {
            profile.update(p -> p.withProgress(p.progress().askedOn(place.morning())));
            reply = HowItFelt.NEXT_TIME.ask(conversation).withLead(done.toString());
        } else {
            reply = Reply.tell(done + " " + Coach.vary(conversation, "variety.comeBack", "farewell"));
        }
        return reply.withCard(new Card(speech.say("card.finished.title"), said + " " + week))
                .withScreen(FinishScreen.of(speech, streak, said, week, plan.level()));
    }

    /** The profile with a completed morning counted, in the streak and the week alike, unless the streak did not count it. */
    private static UserProfile counted(UserProfile profile, Streak streak, java.time.LocalDate morning) {
        return streak.equals(profile.streak()) ? profile
                : profile.withStreak(streak).withMornings(profile.mornings().with(morning));
    }

    /** Today's tip, said after the routine, unless the user turned tips off. */
    private static Optional<String> tip(Conversation conversation, int morning) {
        var speech = conversation.speech();
        OptionalInt tip = CoachPlan.tip(morning, conversation.userKey(), Rotation.count(speech, "tip"),
                settings(conversation).tips());
        return tip.isPresent() ? Optional.of(speech.say("tip.lead") + " " + speech.say("tip." + (tip.getAsInt() + 1)))
                : Optional.empty();
    }

    /**
     * The place with a morning the clock allows. The session carries the morning a routine counts for, and a session
     * comes back from outside: a morning that cannot be the one under way is never stored, and today's is used.
     */
    private static RoutinePlace underWay(Conversation conversation, RoutinePlace place) {
        var profile = conversation.profile();
        if (place.isUnderWayAt(LocalDateTime.ofInstant(conversation.now(), profile.zone()))) {
            return place;
        }
        LOG.warn("A routine place from the session claimed a morning that is not under way; counting it for today");
        return place.forMorning(profile.today());
    }
}
