package com.morningbackcoach.user;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A user store built on its own thread while the first request is being read, so a cold start pays for the
 * database client and the request parsing side by side. Calls wait until the store is ready.
 */
public final class BackgroundUserStore implements UserStore {

    private final CompletableFuture<UserStore> ready = new CompletableFuture<>();

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

    @Override
    public StoredProfile load(String userId) {
        return store().load(userId);
    }

    @Override
    public UserProfile save(String userId, StoredProfile expected, UserProfile changed) {
        return store().save(userId, expected, changed);
    }

    @Override
    public void delete(String userId, Instant at) {
        store().delete(userId, at);
    }

    private UserStore store() {
        try {
            return ready.join();
        } catch (CompletionException e) {
            throw new StoreException("The user store could not be set up", e.getCause());
        }
    }
}
