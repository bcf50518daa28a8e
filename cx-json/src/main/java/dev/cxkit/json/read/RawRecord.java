package dev.cxkit.json.read;

import java.util.Map;
import java.util.OptionalInt;
import tools.jackson.databind.node.ObjectNode;

/**
 * One record as read, before decoding: its fields as an object (of strings when
 * {@code textual}, a CSV or delimited row), the line where it starts and, for rows, the
 * 1-based column of each field.
 */
record RawRecord(ObjectNode object, boolean textual, long line, Map<String, Integer> columns) {

    /** A JSON object's record, whose values have their JSON types. */
    static RawRecord json(ObjectNode object, long line) {
        return new RawRecord(object, false, line, Map.of());
    }

    /** The column of {@code fieldPath}'s top-level field, where known. */
    OptionalInt columnOf(String fieldPath) {
        int end = fieldPath.indexOf('.');
        Integer column = columns.get(end < 0 ? fieldPath : fieldPath.substring(0, end));
        return column == null ? OptionalInt.empty() : OptionalInt.of(column);
    }
}
