package benchcrac;

/** Thrown when a resource fails after the restore. */
public class RestoreException extends Exception {

    private static final long serialVersionUID = 1L;
}
