package dev.cxkit.cli;

/**
 * A command line or input file that cannot be used: exit code {@value Cx#USAGE}.
 *
 * <p>Thread-safe: its own fields are final, and the stack trace, cause and suppressed exceptions
 * every {@code Throwable} keeps are guarded by the JDK.
 */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * A usage error with its message.
     *
     * @param message what cannot be used and why, in the user's terms
     */
    public UsageException(String message) {
        super(message);
    }

    /**
     * A usage error with its message and the failure behind it.
     *
     * @param message what cannot be used and why, in the user's terms
     * @param cause the failure behind it
     */
    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
