package dev.cxkit.json.read;

import dev.cxkit.json.deser.FieldException;
import dev.cxkit.json.read.CxDataException.Scope;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.util.OptionalInt;

/**
 * NDJSON: one JSON object per line, each line a record of its own, so a bad line is reported at
 * its number and the next line still reads. Empty lines are not records and are passed over; a
 * line holding only blanks or invisible characters (U+0020, U+001C, U+2028...) is a bad record.
 *
 * <p>Lines are found and checked in the UTF-8 bytes ({@link Utf8Lines}). Where the record type
 * has a {@link TokenDecoder}, a line is read by the first of three paths that takes it: its
 * bytes read as a plain flat object without a tokenizer; else one Jackson parser, reading every
 * such line's bytes in turn, token by token, into the record (no tree, no text decoded but the
 * values); else (a bad or unusual record) the general path: the line's text parsed into a tree
 * for the type's deserializer, which gives the record or the problem with its column in the
 * line. The parser is replaced after a line it declined, since it may stand anywhere in it.
 */
final class NdjsonSource implements RecordSource {

    private final Utf8Lines lines;
    private final JsonFactory factory;
    private final ReadLimits limits;
    private final TokenDecoder<?> tokens;
    private final BlankBytes rest = new BlankBytes();
    private JsonParser parser;

    /** @param tokens the record type's fast path, or {@code null} for the general path only */
    NdjsonSource(Input input, JsonFactory factory, ReadLimits limits, TokenDecoder<?> tokens) {
        this(input, factory, limits, tokens, 0);
    }

    /**
     * A source of the part of an input after its first {@code linesBefore} lines, whose lines
     * are numbered from {@code linesBefore + 1}.
     */
    NdjsonSource(
            Input input,
            JsonFactory factory,
            ReadLimits limits,
            TokenDecoder<?> tokens,
            long linesBefore) {
        this.lines = new Utf8Lines(input.bytes(), limits.maxRecordLength(), linesBefore);
        this.factory = factory;
        this.limits = limits;
        this.tokens = tokens;
    }

    @Override
    public Object next() {
        while (advance()) {
            long line = lines.number();
            switch (lines.kind()) {
                case EMPTY -> {
                    continue;
                }
                case TOO_LONG ->
                    throw BadRecord.of(
                            Scope.RECORD,
                            line,
                            OptionalInt.of(limits.maxRecordLength() + 1),
                            "line is longer than the maximum record length of "
                                    + limits.maxRecordLength() + " characters (was "
                                    + lines.length() + ")");
                case INVALID ->
                    throw BadRecord.of(
                            Scope.RECORD,
                            line,
                            OptionalInt.of(lines.invalidColumn()),
                            "invalid UTF-8 byte sequence");
                case BLANK ->
                    throw BadRecord.of(
                            Scope.RECORD,
                            line,
                            OptionalInt.of(1),
                            BlankLines.describe(lines.text()));
                case TEXT -> {
                    Object record = tokens == null ? null : readFast(line);
                    return record != null ? record : parse(lines.text(), line);
                }
            }
        }
        return null;
    }

    private boolean advance() {
        try {
            boolean more = lines.next();
            long maxDocument = limits.maxDocumentLength();
            if (maxDocument > 0 && lines.offset() > maxDocument) {
                throw BadRecord.of(
                        Scope.RECORD_AND_REST,
                        lines.number(),
                        OptionalInt.empty(),
                        "input is longer than the maximum document length of " + maxDocument
                                + " characters");
            }
            return more;
        } catch (IOException failed) {
            throw BadRecord.ofIo(failed, lines.number() + 1);
        }
    }

    /**
     * The current line's record through a fast path, straight from its bytes or else from the
     * parser's tokens; {@code null} when the line is to be read through the general path.
     */
    private Object readFast(long line) {
        Object record = tokens.decode(lines.bytes(), lines.from(), lines.to(), line);
        return record != null ? record : readTokens(line);
    }

    /**
     * The current line's record through the token path, or {@code null} when the line is to be
     * read through the general path: the decoder declined it, the parser failed in it, or
     * something other than blanks follows the object in the line.
     */
    private Object readTokens(long line) {
        lines.serve();
        try {
            if (parser == null) {
                parser = factory.createParser(ObjectReadContext.empty(), lines.feed());
            }
            Object record = parser.nextToken() == JsonToken.START_OBJECT
                    ? tokens.decode(parser, line)
                    : null;
            if (record != null) {
                rest.reset();
                parser.releaseBuffered(rest);
                if (rest.blank && lines.restIsBlank()) {
                    return record;
                }
            }
        } catch (JacksonException unusual) {
            // read again through the general path, which reports it
        }
        closeParser();
        return null;
    }

    /** The general path: the line parsed on its own into a tree, for the type's deserializer. */
    private RawRecord parse(String text, long line) {
        JsonParser parser = factory.createParser(ObjectReadContext.empty(), text);
        try (parser) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw BadRecord.of(Scope.RECORD, line, column(parser), "expected a JSON object");
            }
            var object = TreeReader.readObject(parser, limits);
            if (parser.nextToken() != null) {
                throw BadRecord.of(
                        Scope.RECORD,
                        line,
                        column(parser),
                        "unexpected content after the record's object");
            }
            return RawRecord.jsonLine(object, line, text);
        } catch (FieldException invalid) {
            throw BadRecord.of(
                    invalid,
                    line,
                    invalid.field()
                            .map(field -> RawRecord.jsonLine(null, line, text).columnOf(field))
                            .orElse(OptionalInt.empty()));
        } catch (JacksonException malformed) {
            throw BadRecord.ofParse(malformed, Scope.RECORD, line - 1, parser);
        }
    }

    private static OptionalInt column(JsonParser parser) {
        return OptionalInt.of(parser.currentTokenLocation().getColumnNr());
    }

    private void closeParser() {
        if (parser != null) {
            parser.close();
            parser = null;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            closeParser();
        } finally {
            lines.close();
        }
    }

    /** Takes what the parser has buffered after a record and tells whether it was all blank. */
    private static final class BlankBytes extends OutputStream {
        private boolean blank = true;

        void reset() {
            blank = true;
        }

        @Override
        public void write(int b) {
            blank &= b == ' ' || b == '\t' || b == '\n' || b == '\r';
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            blank &= Utf8Lines.isJsonBlank(bytes, offset, offset + length);
        }
    }
}
