package dev.cxkit.json.read;

import dev.cxkit.json.read.BadRecord.Scope;
import dev.cxkit.json.deser.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.csv.CsvFactory;

/**
 * CSV with a header row: each later row is one record whose fields are taken from the columns
 * {@link CsvColumns} names. A row with the wrong number of cells, or longer than the record
 * limit, is skipped and reported; a header without a required field's column, or a duplicate
 * header, ends the input before any record.
 */
final class CsvSource implements RecordSource {

    private final JsonParser parser;
    private final InvalidUtf8 invalid;
    private final RecordSpec<?> spec;
    private final CsvColumns columns;
    private final int maxRecordLength;
    private final List<String> cells = new ArrayList<>();
    private List<String> header;
    private Map<String, Integer> fieldColumns;
    private long rowLine;

    CsvSource(Input input, CsvFactory factory, ReadLimits limits, RecordSpec<?> spec,
            CsvColumns columns) {
        this.parser = factory.createParser(ObjectReadContext.empty(), input.text());
        this.invalid = input.invalid();
        this.spec = spec;
        this.columns = columns;
        this.maxRecordLength = limits.maxRecordLength();
    }

    @Override
    public RawRecord next() {
        try {
            if (header == null) {
                readHeader();
            }
            if (!readRow()) {
                return null;
            }
            return toRecord(rowLine);
        } catch (JacksonException malformed) {
            throw BadRecord.ofParse(malformed, Scope.RECORD_AND_REST, 0);
        }
    }

    private void readHeader() {
        if (!readRow()) {
            throw BadRecord.of(Scope.INPUT, 1, OptionalInt.empty(),
                    "expected a CSV header row, found no content");
        }
        header = List.copyOf(cells);
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            Integer earlier = positions.putIfAbsent(header.get(i), i);
            if (earlier != null) {
                throw BadRecord.of(Scope.INPUT, 1, OptionalInt.of(i + 1), "header '"
                        + header.get(i) + "' appears in columns " + (earlier + 1) + " and "
                        + (i + 1));
            }
        }
        fieldColumns = new LinkedHashMap<>();
        for (String field : spec.fields()) {
            String name = columns.headerFor(field);
            Integer position = positions.get(name);
            if (position != null) {
                fieldColumns.put(field, position + 1);
            } else if (spec.required().contains(field)) {
                throw BadRecord.of(Scope.INPUT, 1, OptionalInt.empty(), "header has no column '"
                        + name + "' for required field " + field + "; headers are " + header);
            }
        }
    }

    /** Reads the next row's cells; false at the end of the input. */
    private boolean readRow() {
        if (parser.nextToken() == null) {
            return false;
        }
        cells.clear();
        JsonToken token = parser.nextToken();
        rowLine = parser.currentTokenLocation().getLineNr();
        long start = parser.currentTokenLocation().getCharOffset();
        for (; token == JsonToken.VALUE_STRING; token = parser.nextToken()) {
            cells.add(parser.getString());
        }
        long end = parser.currentLocation().getCharOffset();
        Scope scope = header == null ? Scope.INPUT : Scope.RECORD;
        var invalidAt = invalid.takeBefore(end);
        if (invalidAt.isPresent()) {
            throw BadRecord.of(scope, rowLine, OptionalInt.empty(),
                    "invalid UTF-8 byte sequence at character "
                            + (invalidAt.getAsLong() - start + 1) + " of the row");
        }
        if (end - start > maxRecordLength) {
            throw BadRecord.of(scope, rowLine, OptionalInt.empty(),
                    "row is longer than the maximum record length of " + maxRecordLength
                            + " characters");
        }
        return true;
    }

    private RawRecord toRecord(long line) {
        if (cells.size() != header.size()) {
            throw BadRecord.of(Scope.RECORD, line, OptionalInt.empty(), "row has "
                    + cells.size() + " cells, the header has " + header.size());
        }
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        fieldColumns.forEach((field, column) -> object.put(field, cells.get(column - 1)));
        spec.otherColumnsField().ifPresent(field -> {
            ObjectNode others = object.putObject(field);
            for (int i = 0; i < header.size(); i++) {
                if (!fieldColumns.containsValue(i + 1) && !cells.get(i).isEmpty()) {
                    others.put(header.get(i), cells.get(i));
                }
            }
        });
        return new RawRecord(Fields.text(object), line, fieldColumns);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
