package dev.cxkit.json.read;

import dev.cxkit.json.deser.FieldException;
import dev.cxkit.json.read.BadRecord.Scope;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

import java.io.IOException;
import java.util.OptionalInt;

/**
 * A JSON array of record objects, streamed element by element. A bad element (wrong field, not
 * an object, too long) is skipped; a syntax error ends the input, since JSON cannot be
 * resynchronised after it.
 */
final class JsonArraySource implements RecordSource {

    private final JsonParser parser;
    private final InvalidUtf8 invalid;
    private final ReadLimits limits;
    private boolean started;
    private boolean finished;

    JsonArraySource(Input input, JsonFactory factory, ReadLimits limits) {
        this.parser = factory.createParser(ObjectReadContext.empty(), input.text());
        this.invalid = input.invalid();
        this.limits = limits;
    }

    @Override
    public RawRecord next() {
        if (finished) {
            return null;
        }
        try {
            if (!started) {
                start();
            }
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY) {
                finish();
                return null;
            }
            long line = parser.currentTokenLocation().getLineNr();
            OptionalInt column = OptionalInt.of(parser.currentTokenLocation().getColumnNr());
            long start = parser.currentTokenLocation().getCharOffset();
            if (token != JsonToken.START_OBJECT) {
                parser.skipChildren();
                takeInvalid(start, line);
                throw BadRecord.of(Scope.RECORD, line, column, "expected a JSON object");
            }
            try {
                var object = TreeReader.readObject(parser, limits);
                takeInvalid(start, line);
                return RawRecord.json(object, line);
            } catch (FieldException invalidField) {
                takeInvalid(start, line);
                throw BadRecord.of(invalidField, line, OptionalInt.empty());
            }
        } catch (JacksonException malformed) {
            finished = true;
            throw BadRecord.ofParse(malformed, Scope.RECORD_AND_REST, 0, parser);
        }
    }

    /** Rejects the record starting at {@code start} when invalid UTF-8 was decoded in it. */
    private void takeInvalid(long start, long line) {
        long end = parser.currentLocation().getCharOffset();
        invalid.takeBefore(end).ifPresent(at -> {
            throw BadRecord.of(
                    Scope.RECORD,
                    line,
                    OptionalInt.empty(),
                    "invalid UTF-8 byte sequence at character " + (at - start + 1)
                            + " of the record");
        });
    }

    private void start() {
        started = true;
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_ARRAY) {
            finished = true;
            throw BadRecord.of(
                    Scope.INPUT,
                    1,
                    OptionalInt.empty(),
                    "expected a JSON array of records, found "
                            + (first == null ? "no content" : first.asString()));
        }
    }

    private void finish() {
        finished = true;
        if (parser.nextToken() != null) {
            throw BadRecord.of(
                    Scope.INPUT,
                    parser.currentTokenLocation().getLineNr(),
                    OptionalInt.of(parser.currentTokenLocation().getColumnNr()),
                    "unexpected content after the array");
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
