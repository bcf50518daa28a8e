package dev.cxkit.json.read;

import dev.cxkit.json.deser.FieldException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one JSON object from a parser into a tree while bounding its size: once the object
 * passes {@code maxLength} characters the rest of it is skipped unread, so the parser stands
 * after the object either way and the next record can still be read. A field that appears
 * twice in one object makes the record ambiguous and is rejected.
 */
final class TreeReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonParser parser;
    private final long start;
    private final long maxLength;
    private final Set<String> duplicates = new HashSet<>();

    private TreeReader(JsonParser parser, long maxLength) {
        this.parser = parser;
        this.start = parser.currentTokenLocation().getCharOffset();
        this.maxLength = maxLength;
    }

    /**
     * Reads the object whose {@code START_OBJECT} is the parser's current token.
     *
     * @throws FieldException for a record that is too long or has a duplicate field, after
     *     the parser has passed the whole object
     */
    static ObjectNode readObject(JsonParser parser, long maxLength) {
        TreeReader reader = new TreeReader(parser, maxLength);
        int outerDepth = parser.streamReadContext().getNestingDepth() - 1;
        try {
            ObjectNode object = reader.object("");
            if (!reader.duplicates.isEmpty()) {
                String field = reader.duplicates.iterator().next();
                throw new FieldException(Optional.of(field), Optional.empty(),
                        "appears more than once in the record");
            }
            return object;
        } catch (TooLong tooLong) {
            while (parser.streamReadContext().getNestingDepth() > outerDepth) {
                parser.nextToken();
            }
            throw new FieldException(Optional.empty(), Optional.empty(),
                    "record is longer than the maximum record length of " + maxLength
                            + " characters");
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
            case VALUE_STRING -> NODES.stringNode(parser.getString());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            default -> NODES.nullNode();
        };
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
