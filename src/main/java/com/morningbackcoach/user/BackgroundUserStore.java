package com.morningbackcoach.user;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A user store built on its own thread while the first request is being read, so a cold start pays for the
 * database client and the request parsing side by side. Calls wait until the store is ready. For SnapStart priming,
 * calls can be sent to a stand-in for a while ({@link #standingIn}), so the skill's own handler runs its whole storage
 * path without touching the real store.
 */
public final class BackgroundUserStore implements UserStore {

    private final CompletableFuture<UserStore> ready = new CompletableFuture<>();
    private volatile UserStore standIn;

    private BackgroundUserStore() {
    }

    public static BackgroundUserStore start(Supplier<UserStore> builder) {
        BackgroundUserStore store = new BackgroundUserStore();
        Thread thread = new Thread(() -> {
            try {
                store.ready.complete(builder.get());
            } catch (RuntimeException | Error e) {
                store.ready.completeExceptionally(e);
            }
        }, "user-store-init");
        thread.setDaemon(true);
        thread.start();
        return store;
    }

    /**
     * Runs {@code work} with every call of this store going to {@code substitute}, then waits until the real store is
     * built: a snapshot taken after this holds the finished store and no thread still building it.
     */
    public <T> T standingIn(UserStore substitute, Supplier<T> work) {
        standIn = substitute;
        try {
            return work.get();
        } finally {
            standIn = null;
            ready.exceptionally(failure -> null).join();
        }
    }

    @Override
    public StoredProfile load(String userId) {
        return store().load(userId);
    }

    @Override
    public UserProfile save(String userId, StoredProfile expected, UserProfile changed) {
        return store().save(userId, expected, changed);
    }

    @Override
    public StoredProfile load(String userId, Duration timeout) {
        return store().load(userId, timeout);
    }

    @Override
    public UserProfile save(String userId, StoredProfile expected, UserProfile changed, Duration timeout) {
        return store().save(userId, expected, changed, timeout);
    }

    @Override
    public void delete(String userId, Instant at) {
        store().delete(userId, at);
    }

    private UserStore store() {
        UserStore substitute = standIn;
        if (substitute != null) {
            return substitute;
        }
        try {
            return ready.join();
        } catch (CompletionException e) {
            throw new StoreException("The user store could not be set up", e.getCause());
        }
    }
}
