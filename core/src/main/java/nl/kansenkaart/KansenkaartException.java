package nl.kansenkaart;

/**
 * A problem with the user's data, files or request, as opposed to a bug. The message is one
 * line that says what is wrong and where (file, line, column), fit to show as is; the CLI exits
 * with code 1 on it.
 */
public class KansenkaartException extends RuntimeException {

    public KansenkaartException(String message) {
        super(message);
    }

    public KansenkaartException(String message, Throwable cause) {
        super(message, cause);
    }
}
