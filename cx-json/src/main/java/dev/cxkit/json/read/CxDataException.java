package dev.cxkit.json.read;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A bad record or unreadable input: the one unchecked exception cxkit's readers throw for bad
 * data. It carries the {@link ReadProblem} (source, line, column, field, value and reason) and
 * its {@link #scope()}: whether one record failed, so that the rest of the input could still be
 * read (it was thrown because the policy is {@link ErrorPolicy#FAIL_FAST}), or the input cannot
 * be read on, from that record or as a whole.
 *
 * <p>Thread-safe: its own fields are final, and the stack trace, cause and suppressed exceptions
 * every {@code Throwable} keeps are guarded by the JDK.
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

    /**
     * Where and why; written by {@link #writeObject} as its components (a {@code ReadProblem}
     * holds {@code Optional}s, which are not serializable) and rebuilt by {@link #readObject}.
     */
    private transient ReadProblem problem;
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

    /**
     * Writes the scope, then the problem's source, line, column (0 for none), field and value
     * ({@code null} for none) and reason.
     *
     * @param out the stream
     * @throws IOException when the stream fails
     * @serialData the default fields, then the problem's components in that order
     */
    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        out.writeObject(problem.source());
        out.writeLong(problem.line());
        out.writeInt(problem.column().orElse(0));
        out.writeObject(problem.field().orElse(null));
        out.writeObject(problem.value().orElse(null));
        out.writeObject(problem.reason());
    }

    /**
     * Reads what {@link #writeObject} wrote and rebuilds the problem.
     *
     * @param in the stream
     * @throws IOException when the stream fails or holds no valid problem
     * @throws ClassNotFoundException when a class of the stream is missing
     */
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        String source = (String) in.readObject();
        long line = in.readLong();
        int column = in.readInt();
        Optional<String> field = Optional.ofNullable((String) in.readObject());
        Optional<String> value = Optional.ofNullable((String) in.readObject());
        String reason = (String) in.readObject();
        try {
            problem = new ReadProblem(
                    source,
                    line,
                    column > 0 ? OptionalInt.of(column) : OptionalInt.empty(),
                    field,
                    value,
                    reason);
        } catch (IllegalArgumentException | NullPointerException invalid) {
            InvalidObjectException rejected = new InvalidObjectException(
                    "serialized CxDataException holds no valid problem: " + invalid.getMessage());
            rejected.initCause(invalid);
            throw rejected;
        }
    }
}
