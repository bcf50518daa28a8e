package dev.cxkit.json.read;

import dev.cxkit.json.deser.FieldException;
import dev.cxkit.json.read.CxDataException.Scope;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

import java.io.IOException;
import java.util.OptionalInt;

/**
 * NDJSON: one JSON object per line, each line parsed on its own, so a bad line is reported at
 * its number and the next line still reads. Empty lines are not records and are passed over; a
 * line holding only blanks or invisible characters (U+0020, U+001C, U+2028...) is a bad record.
 */
final class NdjsonSource implements RecordSource {

    private final LineReader lines;
    private final JsonFactory factory;
    private final ReadLimits limits;

    NdjsonSource(Input input, JsonFactory factory, ReadLimits limits) {
        this.lines = new LineReader(input.text(), input.invalid(), limits.maxRecordLength());
        this.factory = factory;
        this.limits = limits;
    }

    @Override
    public RawRecord next() {
        while (advance()) {
            long line = lines.number();
            if (lines.tooLong()) {
                throw BadRecord.of(
                        Scope.RECORD,
                        line,
                        OptionalInt.of(limits.maxRecordLength() + 1),
                        "line is longer than the maximum record length of "
                                + limits.maxRecordLength() + " characters (was "
                                + lines.length() + ")");
            }
            if (lines.invalidColumn().isPresent()) {
                throw BadRecord.of(
                        Scope.RECORD,
                        line,
                        OptionalInt.of((int) lines.invalidColumn().getAsLong()),
                        "invalid UTF-8 byte sequence");
            }
            String text = lines.text();
            if (text.isBlank() && !text.isEmpty()) {
                throw BadRecord.of(
                        Scope.RECORD, line, OptionalInt.of(1), BlankLines.describe(text));
            }
            if (!text.isEmpty()) {
                return parse(text, line);
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

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
