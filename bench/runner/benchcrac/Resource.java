package benchcrac;

/** The shape org.crac's compatibility layer looks for: a resource told before a checkpoint and after a restore. */
public interface Resource {

    void beforeCheckpoint(Context<? extends Resource> context) throws Exception;

    void afterRestore(Context<? extends Resource> context) throws Exception;
}
