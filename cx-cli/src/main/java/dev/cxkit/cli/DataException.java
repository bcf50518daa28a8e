package dev.cxkit.cli;

/**
 * Bad data in an input the command reads itself: exit code {@value Cx#DATA_ERRORS}.
 *
 * <p>Thread-safe: its own fields are final, and the stack trace, cause and suppressed exceptions
 * every {@code Throwable} keeps are guarded by the JDK.
 */
public final class DataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * A data error with its message, in the user's terms.
     *
     * @param message what is wrong and where, for example the file and line
     */
    public DataException(String message) {
        super(message);
    }
}
