package dev.cxkit.json.read;

import java.util.Objects;

/**
 * A bad record or unreadable input: the one unchecked exception cxkit's readers throw for bad
 * data. It carries the {@link ReadProblem}: source, line, column, field, value and reason.
 */
public final class CxDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ReadProblem problem;

    CxDataException(ReadProblem problem, Throwable cause) {
        super(Objects.requireNonNull(problem, "problem").message(), cause);
        this.problem = problem;
    }

    /** Where and why. */
    public ReadProblem problem() {
        return problem;
    }
}
