package dev.cxkit.json.read;

import dev.cxkit.json.deser.FieldException;
import dev.cxkit.json.deser.Fields;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one JSON object from a parser into a tree while bounding its size: once the object
 * passes {@code maxLength} characters the rest of it is skipped unread, so the parser stands
 * after the object either way and the next record can still be read. A field that appears
 * twice in one object makes the record ambiguous and is rejected.
 *
 * <p>String and number lengths are checked here, in characters, against
 * {@link ReadLimits#maxStringLength()} and {@link ReadLimits#maxNumberLength()} (the sign,
 * point and exponent of a number count), before a number is converted, so that a record over
 * those limits is skipped like any bad record; the parser's own limits for them are only as
 * tight as the record limit. A decimal number that rounds to 0 although it is not 0
 * ({@code 1e-400}) is rejected rather than read as 0.
 */
final class TreeReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonParser parser;
    private final long start;
    private final long maxLength;
    private final ReadLimits limits;
    private final Set<String> duplicates = new HashSet<>();

    private TreeReader(JsonParser parser, ReadLimits limits) {
        this.parser = parser;
        this.start = parser.currentTokenLocation().getCharOffset();
        this.maxLength = limits.maxRecordLength();
        this.limits = limits;
    }

    /**
     * Reads the object whose {@code START_OBJECT} is the parser's current token.
     *
     * @throws FieldException for a record that is too long, has a duplicate field, or a value
     *     over a limit, after the parser has passed the whole object
     */
    static ObjectNode readObject(JsonParser parser, ReadLimits limits) {
        TreeReader reader = new TreeReader(parser, limits);
        long maxLength = limits.maxRecordLength();
        int outerDepth = parser.streamReadContext().getNestingDepth() - 1;
        try {
            ObjectNode object = reader.object("");
            if (!reader.duplicates.isEmpty()) {
                String field = reader.duplicates.iterator().next();
                throw new FieldException(
                        Optional.of(field),
                        Optional.empty(),
                        "appears more than once in the record");
            }
            return object;
        } catch (TooLong tooLong) {
            skipTo(parser, outerDepth);
            throw new FieldException(
                    Optional.empty(),
                    Optional.empty(),
                    "record is longer than the maximum record length of " + maxLength
                            + " characters");
        } catch (FieldException rejected) {
            skipTo(parser, outerDepth);
            throw rejected;
        }
    }

    private static void skipTo(JsonParser parser, int depth) {
        while (parser.streamReadContext().getNestingDepth() > depth) {
            parser.nextToken();
        }
    }

    private ObjectNode object(String path) {
        ObjectNode object = NODES.objectNode();
        while (next() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            next();
            JsonNode value = value(path + name);
            if (object.has(name)) {
                duplicates.add(path + name);
            }
            object.set(name, value);
        }
        return object;
    }

    private ArrayNode array(String path) {
        ArrayNode array = NODES.arrayNode();
        int index = 0;
        while (next() != JsonToken.END_ARRAY) {
            array.add(value(path + "[" + index++ + "]"));
        }
        return array;
    }

    private JsonNode value(String path) {
        return switch (parser.currentToken()) {
            case START_OBJECT -> object(path + ".");
            case START_ARRAY -> array(path);
            case VALUE_STRING -> NODES.stringNode(string(path));
            case VALUE_NUMBER_INT -> {
                number(path);
                yield switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(decimal(path));
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            default -> NODES.nullNode();
        };
    }

    private String string(String path) {
        within(path, "string", limits.maxStringLength());
        return parser.getString();
    }

    /** Checks the number's length in characters, without building its text. */
    private void number(String path) {
        within(path, "number", limits.maxNumberLength());
    }

    /** Rejects the current token when it has more than {@code limit} characters. */
    private void within(String path, String what, int limit) {
        int length = parser.getStringLength();
        if (length > limit) {
            throw new FieldException(
                    Optional.of(path),
                    Optional.of(parser.getString()),
                    what
                            + " of " + length + " characters is longer than the maximum " + what
                            + " length of " + limit);
        }
    }

    private double decimal(String path) {
        number(path);
        double value = parser.getDoubleValue();
        if (value == 0 && Fields.roundsToZero(parser.getString(), value)) {
            throw new FieldException(
                    Optional.of(path),
                    Optional.of(parser.getString()),
                    "expected a number of magnitude at least " + Double.MIN_VALUE
                            + " (it rounds to 0)");
        }
        return value;
    }

    private JsonToken next() {
        JsonToken token = parser.nextToken();
        if (parser.currentLocation().getCharOffset() - start > maxLength) {
            throw new TooLong();
        }
        return token;
    }

    /** Unwinds the tree being built when the record passes the limit. */
    private static final class TooLong extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLong() {
            super(null, null, false, false);
        }
    }
}
