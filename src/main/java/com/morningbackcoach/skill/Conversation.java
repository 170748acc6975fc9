package com.morningbackcoach.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.morningbackcoach.routine.RoutinePosition;
import com.morningbackcoach.selfcheck.CheckAnswers;
import com.morningbackcoach.selfcheck.CheckResult;
import com.morningbackcoach.speech.Speech;
import com.morningbackcoach.timezone.KnownZone;
import com.morningbackcoach.user.StoreException;
import com.morningbackcoach.user.UserProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One turn of talk with one user: the session's state, the user's profile (read from the store at most once
 * a session, then carried in session attributes), the user's local day, and saving what changed.
 */
public final class Conversation {

    private static final Logger LOG = LoggerFactory.getLogger(Conversation.class);
    static final String MODE = "mode";
    static final String STEP = "step";
    static final String CHECK = "check";
    static final String PENDING = "pending";
    static final String PROFILE = "profile";
    static final String ZONE_REFRESHED = "zoneRefreshed";
    static final String ZONE_ASKED = "zoneAsked";

    private final HandlerInput input;
    private final SkillServices services;
    private final Map<String, Object> session;
    private final Speech speech;
    private final Pending pendingOnArrival;
    private UserProfile profile;
    private boolean saveFailed;

    private Conversation(HandlerInput input, SkillServices services) {
        this.input = input;
        this.services = services;
        this.session = input.getAttributesManager().getSessionAttributes();
        this.speech = Speech.forLocale(input.getRequestEnvelope().getRequest().getLocale());
        this.pendingOnArrival = enumAttribute(PENDING, Pending.class, Pending.NONE);
    }

    public static Conversation of(HandlerInput input, SkillServices services) {
        return new Conversation(input, services);
    }

    public HandlerInput input() {
        return input;
    }

    public Speech speech() {
        return speech;
    }

    public Mode mode() {
        return enumAttribute(MODE, Mode.class, Mode.MENU);
    }

    /** The yes/no question the skill asked on the previous turn, if any. */
    public Pending pending() {
        return pendingOnArrival;
    }

    public void setPending(Pending pending) {
        session.put(PENDING, pending.name());
    }

    /** The step the user is on in this session, if the session is in the routine. */
    public Optional<RoutinePosition> sessionStep() {
        if (mode() != Mode.ROUTINE || !(session.get(STEP) instanceof Number step)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RoutinePosition(step.intValue()));
        } catch (IllegalArgumentException corrupt) {
            return Optional.empty();
        }
    }

    public void enterRoutineAt(RoutinePosition position) {
        session.put(MODE, Mode.ROUTINE.name());
        session.put(STEP, position.step());
        session.put(PENDING, Pending.NONE.name());
    }

    public void leaveRoutine() {
        session.put(MODE, Mode.MENU.name());
        session.remove(STEP);
    }

    /** Puts the session in the self-check, with the answers given so far. */
    public void enterCheck(CheckAnswers answers) {
        session.put(MODE, Mode.CHECK.name());
        session.put(CHECK, answers.codes());
        session.remove(STEP);
    }

    /** The answers of the self-check this session is in, if it is in one and they are readable. */
    public Optional<CheckAnswers> sessionCheck() {
        if (mode() != Mode.CHECK || !(session.get(CHECK) instanceof String codes)) {
            return Optional.empty();
        }
        try {
            return Optional.of(CheckAnswers.fromCodes(codes));
        } catch (IllegalArgumentException corrupt) {
            return Optional.empty();
        }
    }

    public void leaveCheck() {
        session.put(MODE, Mode.MENU.name());
        session.remove(CHECK);
    }

    /** Adds a finished self-check to the user's history; a store failure is noted for the reply, not thrown. */
    public void recordCheck(CheckResult result) {
        try {
            services.store().recordCheck(userId(), result);
        } catch (StoreException e) {
            LOG.warn("Could not record a self-check for user {}: {}", LogIds.of(userId()), e.toString());
            saveFailed = true;
        }
    }

    /** True for a request that opened the session by itself, as in "ask morning back coach why my back cracks". */
    public boolean isOneShot() {
        return Boolean.TRUE.equals(input.getRequestEnvelope().getSession().getNew())
                && !(input.getRequestEnvelope().getRequest() instanceof com.amazon.ask.model.LaunchRequest);
    }

    /** A text session attribute a feature keeps between turns; empty when absent or not text. */
    public Optional<String> textAttribute(String key) {
        return session.get(key) instanceof String text ? Optional.of(text) : Optional.empty();
    }

    /** A whole-number session attribute a feature keeps between turns; {@code fallback} when absent or not a number. */
    public int numberAttribute(String key, int fallback) {
        return session.get(key) instanceof Number number ? number.intValue() : fallback;
    }

    public void setAttribute(String key, Object value) {
        session.put(key, value);
    }

    public String userId() {
        return input.getRequestEnvelope().getContext().getSystem().getUser().getUserId();
    }

    /** The user's profile: from the session when it carries one, otherwise read once from the store. */
    public UserProfile profile() {
        if (profile == null) {
            profile = ProfileAttributes.fromValue(session.get(PROFILE)).orElseGet(this::loadProfile);
            refreshZoneIfStale();
            remember(profile);
        }
        return profile;
    }

    /** Today's date where the user's device is. */
    public LocalDate today() {
        ZoneId zone = profile().zoneIfKnown().map(KnownZone::zone).orElse(ZoneOffset.UTC);
        return LocalDate.now(services.clock().withZone(zone));
    }

    /**
     * Applies and saves a change to the user's profile. When the store fails, the change still holds for the rest
     * of this session and {@link #saveFailed()} tells the handler to say so.
     */
    public UserProfile update(UnaryOperator<UserProfile> change) {
        UserProfile before = profile();
        UnaryOperator<UserProfile> withZone = zoneRefreshed() ? p -> change.apply(p.withZone(before.zone())) : change;
        try {
            profile = services.profiles().update(userId(), before, withZone);
            session.remove(ZONE_REFRESHED);
        } catch (StoreException e) {
            LOG.warn("Could not save progress for user {}: {}", LogIds.of(userId()), e.toString());
            saveFailed = true;
            profile = change.apply(before);
        }
        remember(profile);
        return profile;
    }

    /** Removes everything stored for this user; true when that worked. */
    public boolean deleteUserData() {
        try {
            services.store().delete(userId());
            profile = UserProfile.newUser();
            remember(profile);
            return true;
        } catch (StoreException e) {
            LOG.warn("Could not delete data for user {}: {}", LogIds.of(userId()), e.toString());
            return false;
        }
    }

    public boolean saveFailed() {
        return saveFailed;
    }

    private UserProfile loadProfile() {
        try {
            return services.store().load(userId()).orElseGet(UserProfile::newUser);
        } catch (StoreException e) {
            LOG.warn("Could not read profile for user {}: {}", LogIds.of(userId()), e.toString());
            return UserProfile.newUser();
        }
    }

    private void refreshZoneIfStale() {
        Instant now = services.clock().instant();
        boolean stale = profile.zoneIfKnown().map(zone -> zone.isStaleAt(now)).orElse(true);
        if (!stale || Boolean.TRUE.equals(session.get(ZONE_ASKED))) {
            return;
        }
        session.put(ZONE_ASKED, true);
        Optional<ZoneId> reported = services.zoneLookup().deviceZone(input);
        if (reported.isPresent()) {
            profile = profile.withZone(new KnownZone(reported.get(), now));
            session.put(ZONE_REFRESHED, true);
        }
    }

    private boolean zoneRefreshed() {
        return Boolean.TRUE.equals(session.get(ZONE_REFRESHED));
    }

    private void remember(UserProfile current) {
        session.put(PROFILE, ProfileAttributes.toMap(current));
    }

    private <E extends Enum<E>> E enumAttribute(String key, Class<E> type, E fallback) {
        Object value = session.get(key);
        if (value instanceof String name) {
            try {
                return Enum.valueOf(type, name);
            } catch (IllegalArgumentException corrupt) {
                return fallback;
            }
        }
        return fallback;
    }
}
