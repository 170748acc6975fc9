package benchcrac;

/** A context resources register with; org.crac's compatibility layer calls {@link #register(Resource)}. */
public abstract class Context<R extends Resource> implements Resource {

    public abstract void register(R resource);
}
