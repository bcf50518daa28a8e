package dev.cxkit.json.read;

import dev.cxkit.json.deser.FieldException;
import dev.cxkit.json.read.CxDataException.Scope;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A record, or the input, that a {@link RecordSource} could not read; the source is added
 * later. It is the flow of a bad record, not a failure of the program, so it keeps no stack
 * trace: a file of millions of bad records costs no more than one of good ones.
 */
final class BadRecord extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private static final Pattern CONSTRAINT =
            Pattern.compile(",\\s*from\\s*`?StreamReadConstraints\\.getMax(\\w+)\\(\\)`?");

    private static final Pattern ENABLE =
            Pattern.compile("[:;,]?\\s*\\(?enable\\s+`[^`]*`(\\s+to\\s+allow)?\\)?");
    private static final Pattern REQUIRE = Pattern.compile("require enabling\\s+`[^`]*`");

    private static final Pattern SEPARATOR = Pattern.compile(
            "Unexpected character \\('(.*?)' \\(code \\d+[^)]*\\)\\): Expected column separator");
    private static final Pattern CODE = Pattern.compile(" \\(code \\d+[^)]*\\)");

    private final transient Scope scope;
    private final long line;
    private final transient OptionalInt column;
    private final transient Optional<String> field;
    private final transient Optional<String> value;
    private final String reason;

    BadRecord(
            Scope scope,
            long line,
            OptionalInt column,
            Optional<String> field,
            Optional<String> value,
            String reason,
            Throwable cause) {
        super(reason, cause, false, false);
        this.scope = scope;
        this.line = Math.max(1, line);
        this.column = column;
        this.field = field;
        this.value = value;
        this.reason = reason;
    }

    static BadRecord of(Scope scope, long line, OptionalInt column, String reason) {
        return new BadRecord(scope, line, column, Optional.empty(), Optional.empty(), reason, null);
    }

    /** A field problem of the record starting at {@code line}. */
    static BadRecord of(FieldException problem, long line, OptionalInt column) {
        return new BadRecord(
                Scope.RECORD,
                line,
                column,
                problem.field(),
                problem.value(),
                problem.reason(),
                problem);
    }

    /**
     * A Jackson parse error at its own location (or, when it has none, the parser's), with
     * {@code lineOffset} added for parsers that count lines from the record's start. A
     * constraint Jackson enforces is described by the {@link ReadLimits} name it comes from;
     * broken compressed input is a problem of the input; other I/O errors are not data
     * problems and are rethrown as {@link UncheckedIOException}.
     */
    static BadRecord ofParse(
            JacksonException error, Scope scope, long lineOffset, JsonParser parser) {
        if (error instanceof JacksonIOException io) {
            if (io.getCause() instanceof CorruptInput corrupt) {
                return new BadRecord(
                        Scope.INPUT,
                        lineOffset + line(parser.currentLocation()),
                        OptionalInt.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        corrupt.getMessage(),
                        corrupt);
            }
            throw new UncheckedIOException(io.getCause());
        }
        TokenStreamLocation at = error.getLocation();
        if (at == null || at.getLineNr() < 1) {
            at = parser.currentLocation();
        }
        OptionalInt column = at == null || at.getColumnNr() < 1
                ? OptionalInt.empty()
                : OptionalInt.of(at.getColumnNr());
        String reason = inWords(
                error instanceof StreamConstraintsException
                        ? describeLimit(error.getOriginalMessage())
                        : error.getOriginalMessage());
        return new BadRecord(
                scope,
                lineOffset + line(at),
                column,
                Optional.empty(),
                Optional.empty(),
                reason,
                error);
    }

    /**
     * A CSV parse error as {@link #ofParse} reports it, the rest of the input lost, with the
     * parser's wording of a syntax error replaced by what RFC 4180 expects there.
     */
    static BadRecord ofCsvParse(JacksonException error, JsonParser parser) {
        BadRecord bad = ofParse(error, Scope.RECORD_AND_REST, 0, parser);
        if (error instanceof StreamConstraintsException || error instanceof JacksonIOException) {
            return bad;
        }
        return new BadRecord(
                bad.scope,
                bad.line,
                bad.column,
                bad.field,
                bad.value,
                csvSyntax(error.getOriginalMessage()),
                error);
    }

    /** A CSV syntax error of the parser in words: what RFC 4180 expects, what was found. */
    static String csvSyntax(String message) {
        Matcher separator = SEPARATOR.matcher(message);
        if (separator.find()) {
            return "not valid CSV: a quoted cell must be followed by a comma or the end of the "
                    + "line, found '" + separator.group(1) + "'";
        }
        if (message.toLowerCase(java.util.Locale.ROOT).contains("quote")) {
            return "not valid CSV: a quoted cell has no closing quote";
        }
        return "not valid CSV: " + inWords(CODE.matcher(message).replaceAll(""));
    }

    /** An I/O failure reading the line after {@code line}: see {@link #ofParse}. */
    static BadRecord ofIo(IOException failed, long line) {
        if (failed instanceof CorruptInput corrupt) {
            return new BadRecord(
                    Scope.INPUT,
                    line,
                    OptionalInt.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    corrupt.getMessage(),
                    corrupt);
        }
        throw new UncheckedIOException(failed);
    }

    /**
     * Jackson's constraint message with the Java method it names replaced by the limit's name
     * in {@link ReadLimits}: {@code Document nesting depth (33) exceeds the maximum allowed
     * (32, limit maxNestingDepth)}. The readers' parsers allow strings and numbers as long as
     * a record (they check the string and number limits per value themselves), so those
     * limits are named with the record limit.
     */
    static String describeLimit(String message) {
        Matcher reference = CONSTRAINT.matcher(message);
        StringBuilder described = new StringBuilder();
        while (reference.find()) {
            String name = reference.group(1);
            String limit = name.equals("StringLength") || name.equals("NumberLength")
                    ? "the larger of max" + name + " and maxRecordLength"
                    : "max" + name;
            reference.appendReplacement(described, ", limit " + Matcher.quoteReplacement(limit));
        }
        reference.appendTail(described);
        return described.toString();
    }

    /**
     * A parser message without the Java feature it names: {@code ... plus signs: enable
     * `JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS` to allow} ends at {@code plus
     * signs}, as cxkit's readers allow only standard JSON.
     */
    static String inWords(String message) {
        String text = ENABLE.matcher(message).replaceAll("");
        text = REQUIRE.matcher(text).replaceAll("are not allowed in JSON");
        return text.replace("`", "'");
    }

    private static long line(TokenStreamLocation at) {
        return at == null ? 1 : Math.max(1, at.getLineNr());
    }

    Scope scope() {
        return scope;
    }

    ReadProblem toProblem(String source) {
        return new ReadProblem(source, line, column, field, value, reason);
    }
}
