package benchcrac;

/** Thrown when a resource fails before the checkpoint. */
public class CheckpointException extends Exception {

    private static final long serialVersionUID = 1L;
}
