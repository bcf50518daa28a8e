package dev.cxkit.cli;

/** Bad data in an input the command reads itself: exit code {@value Cx#DATA_ERRORS}. */
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
