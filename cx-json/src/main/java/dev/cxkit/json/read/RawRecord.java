package dev.cxkit.json.read;

import dev.cxkit.json.deser.Fields;
import java.util.Map;
import java.util.OptionalInt;

/**
 * One record as read, before decoding: its fields, the line where it starts and, for CSV, the
 * 1-based column of each field.
 */
record RawRecord(Fields fields, long line, Map<String, Integer> columns) {

    /** The column of {@code fieldPath}'s top-level field, where known. */
    OptionalInt columnOf(String fieldPath) {
        int end = fieldPath.indexOf('.');
        Integer column = columns.get(end < 0 ? fieldPath : fieldPath.substring(0, end));
        return column == null ? OptionalInt.empty() : OptionalInt.of(column);
    }
}
