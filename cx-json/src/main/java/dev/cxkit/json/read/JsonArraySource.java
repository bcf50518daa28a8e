package dev.cxkit.json.read;

import dev.cxkit.json.deser.FieldException;
import dev.cxkit.json.read.CxDataException.Scope;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

import java.io.IOException;
import java.util.OptionalInt;

/**
 * A JSON array of record objects, streamed element by element. A bad element (wrong field, not
 * an object, too long, nested too deep) is skipped; a syntax error ends the input, since JSON
 * cannot be resynchronised after it.
 */
final class JsonArraySource implements RecordSource {

    /** Levels past the nesting limit that a too-deep element may have and still be passed. */
    static final int MAX_LEVELS_PASSED = 1000;

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
            int outer =
                    parser.streamReadContext().getNestingDepth() - (token.isStructStart() ? 1 : 0);
            try {
                if (token != JsonToken.START_OBJECT) {
                    parser.skipChildren();
                    takeInvalid(start, line);
                    throw BadRecord.of(Scope.RECORD, line, column, "expected a JSON object");
                }
                var object = TreeReader.readObject(parser, limits);
                takeInvalid(start, line);
                return RawRecord.json(object, line);
            } catch (FieldException invalidField) {
                takeInvalid(start, line);
                throw BadRecord.of(invalidField, line, OptionalInt.empty());
            } catch (StreamConstraintsException limit) {
                if (parser.streamReadContext().getNestingDepth() <= limits.maxNestingDepth()) {
                    throw limit;
                }
                throw passTooDeep(limit, outer, start, line, column);
            }
        } catch (JacksonException malformed) {
            finished = true;
            throw BadRecord.ofParse(malformed, Scope.RECORD_AND_REST, 0, parser);
        }
    }

    /**
     * The bad record of an element nested deeper than {@link ReadLimits#maxNestingDepth()},
     * after passing the rest of it: the parser rejects each level past the limit but keeps its
     * place, so the element is passed to its end and the next one can be read, as long as it
     * ends within {@link ReadLimits#maxRecordLength()} characters and nests at most
     * {@value #MAX_LEVELS_PASSED} levels past the limit (memory stays bounded). Past either
     * bound the element cannot be passed and the read ends at it.
     */
    private BadRecord passTooDeep(
            StreamConstraintsException first,
            int outer,
            long start,
            long line,
            OptionalInt column) {
        String reason = BadRecord.inWords(BadRecord.describeLimit(first.getOriginalMessage()));
        int deepest = limits.maxNestingDepth() + MAX_LEVELS_PASSED;
        while (parser.streamReadContext().getNestingDepth() > outer) {
            int depth = parser.streamReadContext().getNestingDepth();
            if (depth > deepest
                    || parser.currentLocation().getCharOffset() - start
                            > limits.maxRecordLength()) {
                finished = true;
                return BadRecord.of(
                        Scope.RECORD_AND_REST,
                        line,
                        column,
                        reason
                                + "; the record nests more than " + deepest
                                + " levels or is longer than "
                                + limits.maxRecordLength()
                                + " characters, so it cannot be passed and the"
                                + " rest of the input is not read");
            }
            try {
                if (parser.nextToken() == null) {
                    finished = true;
                    return BadRecord.of(
                            Scope.RECORD_AND_REST,
                            line,
                            column,
                            reason + "; the input ends inside the record");
                }
            } catch (StreamConstraintsException deeper) {
                if (parser.streamReadContext().getNestingDepth() != depth + 1) {
                    throw deeper;
                }
            }
        }
        takeInvalid(start, line);
        return BadRecord.of(Scope.RECORD, line, column, reason);
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
