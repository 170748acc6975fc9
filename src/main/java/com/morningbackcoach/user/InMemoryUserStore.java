package com.morningbackcoach.user;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A user store that lives and dies with the process, with the same conditional writes and deletions as the real one. */
public final class InMemoryUserStore implements UserStore {

    private final Map<String, StoredProfile> profiles = new ConcurrentHashMap<>();

    @Override
    public StoredProfile load(String userId) {
        return profiles.getOrDefault(userId, new StoredProfile.Absent());
    }

    @Override
    public UserProfile save(String userId, StoredProfile expected, UserProfile changed) {
        long next = expected instanceof StoredProfile.Present present ? present.profile().version() + 1 : 1L;
        UserProfile saved = changed.withVersion(next);
        StoredProfile[] seen = new StoredProfile[1];
        profiles.compute(userId, (id, current) -> {
            StoredProfile now = current == null ? new StoredProfile.Absent() : current;
            if (!now.equals(expected)) {
                seen[0] = now;
                return current;
            }
            return new StoredProfile.Present(saved);
        });
        if (seen[0] != null) {
            throw new ConcurrentUpdateException("Profile changed since it was read", seen[0], null);
        }
        return saved;
    }

    @Override
    public void delete(String userId, Instant at) {
        profiles.put(userId, new StoredProfile.Deleted(at));
    }
}
