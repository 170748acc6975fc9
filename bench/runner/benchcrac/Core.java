package benchcrac;

import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in for a CRaC JDK's coordination, for a JVM that cannot checkpoint: started with
 * {@code -Dorg.crac.Core.Compat=benchcrac}, org.crac registers the handler's resources here, and
 * {@code org.crac.Core.checkpointRestore()} runs their hooks as Lambda does around a SnapStart snapshot (before the
 * checkpoint in reverse order of registration, after the restore in order), without taking a snapshot.
 */
public final class Core {

    private static final Global GLOBAL = new Global();

    private Core() {
    }

    public static Context<Resource> getGlobalContext() {
        return GLOBAL;
    }

    public static void checkpointRestore() throws CheckpointException, RestoreException {
        try {
            GLOBAL.beforeCheckpoint(GLOBAL);
        } catch (Exception e) {
            CheckpointException failure = new CheckpointException();
            failure.addSuppressed(e);
            throw failure;
        }
        try {
            GLOBAL.afterRestore(GLOBAL);
        } catch (Exception e) {
            RestoreException failure = new RestoreException();
            failure.addSuppressed(e);
            throw failure;
        }
    }

    private static final class Global extends Context<Resource> {
        private final List<Resource> resources = new ArrayList<>();

        @Override
        public synchronized void register(Resource resource) {
            resources.add(resource);
        }

        @Override
        public synchronized void beforeCheckpoint(Context<? extends Resource> context) throws Exception {
            for (int i = resources.size() - 1; i >= 0; i--) {
                resources.get(i).beforeCheckpoint(this);
            }
        }

        @Override
        public synchronized void afterRestore(Context<? extends Resource> context) throws Exception {
            for (Resource resource : resources) {
                resource.afterRestore(this);
            }
        }
    }
}
