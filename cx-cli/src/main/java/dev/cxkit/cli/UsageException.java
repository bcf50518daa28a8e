package dev.cxkit.cli;

/** A command line or input file that cannot be used: exit code {@value Cx#USAGE}. */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }

    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
