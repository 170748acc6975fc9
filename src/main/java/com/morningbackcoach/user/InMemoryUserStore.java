package com.morningbackcoach.user;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A user store that lives and dies with the process, with the same versioning rules as the real one. */
public final class InMemoryUserStore implements UserStore {

    private final Map<String, UserProfile> profiles = new ConcurrentHashMap<>();

    @Override
    public Optional<UserProfile> load(String userId) {
        return Optional.ofNullable(profiles.get(userId));
    }

    @Override
    public UserProfile save(String userId, UserProfile profile) {
        return profiles.compute(userId, (id, stored) -> {
            Long storedVersion = stored == null ? null : stored.version();
            if (!Objects.equals(storedVersion, profile.version())) {
                throw new ConcurrentUpdateException("Profile changed since it was read", null);
            }
            return profile.withVersion(storedVersion == null ? 1L : storedVersion + 1);
        });
    }

    @Override
    public void delete(String userId) {
        profiles.remove(userId);
    }
}
