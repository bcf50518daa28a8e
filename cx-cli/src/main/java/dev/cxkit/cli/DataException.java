package dev.cxkit.cli;

/** Bad data in an input the command reads itself: exit code {@value Cx#DATA_ERRORS}. */
public final class DataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DataException(String message) {
        super(message);
    }
}
