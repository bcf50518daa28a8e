package dev.cxkit.json.read;

import java.util.Objects;

/**
 * A bad record or unreadable input: the one unchecked exception cxkit's readers throw for bad
 * data. It carries the {@link ReadProblem} (source, line, column, field, value and reason) and
 * its {@link #scope()}: whether one record failed, so that the rest of the input could still be
 * read (it was thrown because the policy is {@link ErrorPolicy#FAIL_FAST}), or the input cannot
 * be read on, from that record or as a whole.
 */
public final class CxDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** How much of the input a problem spoils. */
    public enum Scope {
        /** This record only: the records after it can still be read. */
        RECORD,
        /**
         * This record, and the input cannot be read past it (a JSON syntax error, a CSV cell
         * longer than a record): the records before it were read, those after it are lost.
         */
        RECORD_AND_REST,
        /**
         * The input as a whole, before any record: a header without a column asked for, a
         * document that is not a JSON array, a truncated or corrupt gzip stream.
         */
        INPUT
    }

    private final transient ReadProblem problem;
    /** How much of the input the problem spoils; part of the serialized form. */
    private final Scope scope;

    CxDataException(ReadProblem problem, Scope scope, Throwable cause) {
        super(Objects.requireNonNull(problem, "problem").message(), cause);
        this.problem = problem;
        this.scope = Objects.requireNonNull(scope, "scope");
    }

    /**
     * How much of the input the problem spoils.
     *
     * @return the problem's scope
     */
    public Scope scope() {
        return scope;
    }

    /**
     * True when only this record failed: under skip-and-report the read would go on.
     *
     * @return whether the scope is {@link Scope#RECORD}
     */
    public boolean isRecordOnly() {
        return scope == Scope.RECORD;
    }

    /** {@return where and why} */
    public ReadProblem problem() {
        return problem;
    }
}
