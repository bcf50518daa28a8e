package dev.cxkit.json.read;

import dev.cxkit.json.deser.FieldException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.OptionalInt;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;

/** A record, or the input, that a {@link RecordSource} could not read; the source is added later. */
final class BadRecord extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** How much of the input a problem spoils. */
    enum Scope {
        /** This record only: reading goes on with the next one. */
        RECORD,
        /** This record, and reading cannot go on after it. */
        RECORD_AND_REST,
        /** The input as a whole, before any record (a header, the document's structure). */
        INPUT
    }

    private final transient Scope scope;
    private final long line;
    private final OptionalInt column;
    private final transient Optional<String> field;
    private final transient Optional<String> value;
    private final String reason;

    BadRecord(Scope scope, long line, OptionalInt column, Optional<String> field,
            Optional<String> value, String reason, Throwable cause) {
        super(reason, cause);
        this.scope = scope;
        this.line = Math.max(1, line);
        this.column = column;
        this.field = field;
        this.value = value;
        this.reason = reason;
    }

    static BadRecord of(Scope scope, long line, OptionalInt column, String reason) {
        return new BadRecord(scope, line, column, Optional.empty(), Optional.empty(), reason,
                null);
    }

    /** A field problem of the record starting at {@code line}. */
    static BadRecord of(FieldException problem, long line, OptionalInt column) {
        return new BadRecord(Scope.RECORD, line, column, problem.field(), problem.value(),
                problem.reason(), problem);
    }

    /**
     * A Jackson parse error at its own location, with {@code line} for parsers that count lines
     * from the record's start ({@code lineOffset} is added to the parser's line); I/O errors are
     * not data problems and are rethrown as {@link UncheckedIOException}.
     */
    static BadRecord ofParse(JacksonException error, Scope scope, long lineOffset) {
        if (error instanceof JacksonIOException io) {
            throw new UncheckedIOException(io.getCause());
        }
        TokenStreamLocation at = error.getLocation();
        int parserLine = at == null ? 1 : Math.max(1, at.getLineNr());
        OptionalInt column = at == null || at.getColumnNr() < 1
                ? OptionalInt.empty() : OptionalInt.of(at.getColumnNr());
        return new BadRecord(scope, lineOffset + parserLine, column, Optional.empty(),
                Optional.empty(), error.getOriginalMessage(), error);
    }

    Scope scope() {
        return scope;
    }

    ReadProblem toProblem(String source) {
        return new ReadProblem(source, line, column, field, value, reason);
    }
}
