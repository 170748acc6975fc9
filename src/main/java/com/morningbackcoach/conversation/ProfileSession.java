package com.morningbackcoach.conversation;

import com.morningbackcoach.logging.SafeLog;
import com.morningbackcoach.timezone.KnownZone;
import com.morningbackcoach.user.ProfileSessionCodec;
import com.morningbackcoach.user.StoreException;
import com.morningbackcoach.user.UserProfile;
import com.morningbackcoach.user.UserProfiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The user's profile within one session: read from the store at most once a session and carried in the session
 * after that, changed and saved, deleted; and the user's time zone and local day.
 */
public final class ProfileSession {

    private static final Logger LOG = LoggerFactory.getLogger(ProfileSession.class);
    static final SessionKey<UserProfile> PROFILE =
            SessionKey.of("profile", ProfileSessionCodec::toMap, ProfileSessionCodec::fromValue);
    static final SessionKey<Boolean> ZONE_ASKED = SessionKey.flag("zoneAsked");
    static final SessionKey<Boolean> ZONE_REFRESHED = SessionKey.flag("zoneRefreshed");

    private final SkillServices services;
    private final Conversation conversation;
    private final Optional<String> userId;
    private UserProfile profile;
    private UserProfile stored;
    private UnaryOperator<UserProfile> pending;
    private boolean saveFailed;

    ProfileSession(SkillServices services, Conversation conversation, Optional<String> userId) {
        this.services = services;
        this.conversation = conversation;
        this.userId = userId;
    }

    /** The profile with this turn's changes: from the session when it carries one, otherwise read once from the store. */
    public UserProfile get() {
        if (profile == null) {
            profile = conversation.get(PROFILE).orElseGet(this::load);
            stored = profile;
            refreshZoneIfStale();
            conversation.set(PROFILE, profile);
        }
        return profile;
    }

    /** The device's time zone: the one last reported, or UTC when none ever was. */
    public ZoneId zone() {
        return get().zoneIfKnown().map(KnownZone::zone).orElse(ZoneOffset.UTC);
    }

    /** The user's local date at this turn. */
    public LocalDate today() {
        return LocalDate.ofInstant(conversation.now(), zone());
    }

    /**
     * Applies a change to the profile at once; it is saved with the turn's other changes, in one write, when the
     * reply is rendered ({@link #save()}).
     */
    public UserProfile update(UnaryOperator<UserProfile> change) {
        UserProfile before = get();
        UnaryOperator<UserProfile> earlier = pending;
        pending = earlier == null ? change : p -> change.apply(earlier.apply(p));
        profile = change.apply(before);
        conversation.set(PROFILE, profile);
        return profile;
    }

    /**
     * Saves this turn's changes, if any changed anything: one conditional write, re-applied to a fresh copy when
     * another device saved first. When the store fails, the changes still hold for the rest of the session and
     * {@link #saveFailed()} tells the reply to say so.
     */
    void save() {
        if (pending == null || userId.isEmpty()) {
            return;
        }
        UnaryOperator<UserProfile> changes = pending;
        pending = null;
        UserProfile zone = profile;
        boolean zoneRefreshed = conversation.get(ZONE_REFRESHED).orElse(false);
        UnaryOperator<UserProfile> withZone = zoneRefreshed ? p -> changes.apply(p.withZone(zone.zone())) : changes;
        try {
            profile = new UserProfiles(services.store()).update(userId.get(), stored, withZone);
            stored = profile;
            conversation.clear(ZONE_REFRESHED);
        } catch (StoreException e) {
            LOG.warn("Could not save progress for user {}: {}", SafeLog.user(userId.get()), e.toString());
            saveFailed = true;
        }
        conversation.set(PROFILE, profile);
    }

    /** Removes everything stored for this user; true when that worked. */
    public boolean delete() {
        if (userId.isEmpty()) {
            return true;
        }
        try {
            services.store().delete(userId.get());
            pending = null;
            profile = UserProfile.newUser();
            stored = profile;
            conversation.set(PROFILE, profile);
            return true;
        } catch (StoreException e) {
            LOG.warn("Could not delete data for user {}: {}", SafeLog.user(userId.get()), e.toString());
            return false;
        }
    }

    public boolean saveFailed() {
        return saveFailed;
    }

    private UserProfile load() {
        if (userId.isEmpty()) {
            return UserProfile.newUser();
        }
        try {
            return services.store().load(userId.get()).orElseGet(UserProfile::newUser);
        } catch (StoreException e) {
            LOG.warn("Could not read profile for user {}: {}", SafeLog.user(userId.get()), e.toString());
            return UserProfile.newUser();
        }
    }

    private void refreshZoneIfStale() {
        Instant now = services.clock().instant();
        boolean stale = profile.zoneIfKnown().map(zone -> zone.isStaleAt(now)).orElse(true);
        if (!stale || conversation.get(ZONE_ASKED).orElse(false)) {
            return;
        }
        conversation.set(ZONE_ASKED, true);
        Optional<ZoneId> reported = services.zoneLookup().deviceZone(conversation.input());
        if (reported.isPresent()) {
            profile = profile.withZone(new KnownZone(reported.get(), now));
            conversation.set(ZONE_REFRESHED, true);
        }
    }
}
