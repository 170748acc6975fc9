package com.morningbackcoach.conversation;

import com.morningbackcoach.logging.SafeLog;
import com.morningbackcoach.timezone.KnownZone;
import com.morningbackcoach.user.ProfileSessionCodec;
import com.morningbackcoach.user.StoreException;
import com.morningbackcoach.user.StoredProfile;
import com.morningbackcoach.user.UserDeletedException;
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
 * The user's profile within one session: read from the store at most once a session, with the stored state then
 * carried in the session; changed during a turn and saved in one write when the reply is rendered; deleted; and the
 * user's time zone and local day.
 */
public final class ProfileSession {

    private static final Logger LOG = LoggerFactory.getLogger(ProfileSession.class);
    static final SessionKey<StoredProfile> STORED =
            SessionKey.of("profile", ProfileSessionCodec::toMap, ProfileSessionCodec::fromValue);
    static final SessionKey<Boolean> ZONE_ASKED = SessionKey.flag("zoneAsked");
    /**
     * A time zone reported this session and not stored yet; it is saved with the next change, checked as of that
     * turn's clock. Only the zone is carried: a time from the session is never stored.
     */
    static final SessionKey<ZoneId> NEW_ZONE = SessionKey.of("newZone", ZoneId::getId,
            raw -> ZoneId.of((String) raw));

    private final SkillServices services;
    private final Conversation conversation;
    private final Optional<String> userId;
    private StoredProfile stored;
    private UserProfile profile;
    private UnaryOperator<UserProfile> pending;
    private boolean readFailed;
    private boolean saveFailed;

    ProfileSession(SkillServices services, Conversation conversation, Optional<String> userId) {
        this.services = services;
        this.conversation = conversation;
        this.userId = userId;
    }

    /** The profile with this turn's changes: from the session when it carries one, otherwise read once from the store. */
    public UserProfile get() {
        if (profile == null) {
            stored = conversation.get(STORED).orElseGet(this::load);
            profile = stored == null ? UserProfile.newUser() : stored.profile();
            if (stored != null) {
                conversation.set(STORED, stored);
            }
            Optional<KnownZone> newZone = newZone().or(this::refreshZoneIfStale);
            newZone.ifPresent(zone -> profile = profile.withZone(zone));
        }
        return profile;
    }

    /** True when the store could not be read this turn: what the user has saved is unknown, not empty. */
    public boolean readFailed() {
        get();
        return readFailed;
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
     * reply is rendered.
     */
    public UserProfile update(UnaryOperator<UserProfile> change) {
        UserProfile before = get();
        UnaryOperator<UserProfile> earlier = pending;
        pending = earlier == null ? change : p -> change.apply(earlier.apply(p));
        profile = change.apply(before);
        return profile;
    }

    /** Removes everything stored for this user; true when that worked. */
    public boolean delete() {
        if (userId.isEmpty()) {
            return true;
        }
        try {
            Instant at = services.clock().instant();
            services.store().delete(userId.get(), at);
            pending = null;
            stored = new StoredProfile.Deleted(at);
            profile = UserProfile.newUser();
            conversation.set(STORED, stored);
            conversation.clear(NEW_ZONE);
            return true;
        } catch (StoreException e) {
            LOG.warn("Could not delete data for user {}: {}", SafeLog.user(userId.get()), e.toString());
            return false;
        }
    }

    public boolean saveFailed() {
        return saveFailed;
    }

    /**
     * Saves this turn's changes, if any changed anything, within the turn's time budget. Not after a failed read:
     * the stored state is unknown then. When it fails, the changes hold for this turn only and {@link #saveFailed()}
     * tells the reply to say so; what was stored before stays as it was.
     */
    void save() {
        if (pending == null || userId.isEmpty()) {
            return;
        }
        UnaryOperator<UserProfile> changes = pending;
        pending = null;
        if (readFailed) {
            saveFailed = true;
            return;
        }
        Optional<KnownZone> newZone = newZone();
        UnaryOperator<UserProfile> withZone = newZone.isPresent()
                ? p -> changes.apply(p.withZone(newZone.get())) : changes;
        try {
            stored = new UserProfiles(services.store()).update(userId.get(), stored, withZone, conversation.budget());
            conversation.set(STORED, stored);
            conversation.clear(NEW_ZONE);
        } catch (UserDeletedException e) {
            LOG.info("Not saving for user {}: their data was deleted meanwhile", SafeLog.user(userId.get()));
        } catch (StoreException e) {
            LOG.warn("Could not save progress for user {}: {}", SafeLog.user(userId.get()), e.toString());
            saveFailed = true;
        }
    }

    private StoredProfile load() {
        if (userId.isEmpty()) {
            return new StoredProfile.Absent();
        }
        try {
            return services.store().load(userId.get(), conversation.budget().remaining());
        } catch (StoreException e) {
            LOG.warn("Could not read profile for user {}: {}", SafeLog.user(userId.get()), e.toString());
            readFailed = true;
            return null;
        }
    }

    private Optional<KnownZone> refreshZoneIfStale() {
        Instant now = services.clock().instant();
        boolean stale = profile.zoneIfKnown().map(zone -> zone.isStaleAt(now)).orElse(true);
        if (!stale || conversation.get(ZONE_ASKED).orElse(false)) {
            return Optional.empty();
        }
        conversation.set(ZONE_ASKED, true);
        Optional<KnownZone> reported = services.zoneLookup().deviceZone(conversation.input())
                .map(zone -> new KnownZone(zone, now));
        reported.ifPresent(zone -> conversation.set(NEW_ZONE, zone.zone()));
        return reported;
    }

    private Optional<KnownZone> newZone() {
        return conversation.get(NEW_ZONE).map(zone -> new KnownZone(zone, services.clock().instant()));
    }
}
