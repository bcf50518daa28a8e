package dev.cxkit.json.read;

import tools.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * One record as read for the general path, before decoding: its fields as an object (of
 * strings when {@code textual}, a CSV or delimited row), the line where it starts and how to
 * find the 1-based column of a top-level field (the CSV column, or the character of the value in
 * an NDJSON line), where known. (A record a fast path decoded needs none of this: its source
 * returns the record itself.)
 */
record RawRecord(
        ObjectNode object, boolean textual, long line, Function<String, OptionalInt> columns) {

    /** A JSON object's record, whose values have their JSON types; no columns known. */
    static RawRecord json(ObjectNode object, long line) {
        return new RawRecord(object, false, line, field -> OptionalInt.empty());
    }

    /** A JSON object read from the one-line {@code text}, whose values' columns are found in it. */
    static RawRecord jsonLine(ObjectNode object, long line, String text) {
        return new RawRecord(object, false, line, field -> valueColumn(text, field));
    }

    /** A row's record with the 1-based column of each field. */
    static RawRecord row(ObjectNode object, long line, Map<String, Integer> columns) {
        return new RawRecord(object, true, line, field -> {
            Integer column = columns.get(field);
            return column == null ? OptionalInt.empty() : OptionalInt.of(column);
        });
    }

    /** The column of {@code fieldPath}'s top-level field, where known. */
    OptionalInt columnOf(String fieldPath) {
        int end = fieldPath.indexOf('.');
        return columns.apply(end < 0 ? fieldPath : fieldPath.substring(0, end));
    }

    /**
     * The 1-based column where the value of {@code field} starts in the JSON {@code text}: the
     * first {@code "field"} followed by a colon. Looked up only for a bad record, so good
     * records cost nothing.
     */
    private static OptionalInt valueColumn(String text, String field) {
        String name = '"' + field + '"';
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int i = skipBlanks(text, at + name.length());
            if (i < text.length() && text.charAt(i) == ':') {
                i = skipBlanks(text, i + 1);
                return i < text.length() ? OptionalInt.of(i + 1) : OptionalInt.empty();
            }
        }
        return OptionalInt.empty();
    }

    private static int skipBlanks(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
