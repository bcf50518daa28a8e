package dev.cxkit.json.read;

import dev.cxkit.json.read.CxDataException.Scope;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The columns of a row format (CSV, TSV, whitespace): their names, from the header row or from
 * {@link CsvColumns#headerless}, and the column each record field is read from. Turns each
 * row's cells into a {@link RawRecord}. Immutable.
 */
final class Header {

    private final List<String> names;
    private final boolean fromFile;
    private final Map<String, Integer> fieldColumns;
    private final RecordSpec<?> spec;

    private Header(
            List<String> names,
            boolean fromFile,
            Map<String, Integer> fieldColumns,
            RecordSpec<?> spec) {
        this.names = names;
        this.fromFile = fromFile;
        this.fieldColumns = fieldColumns;
        this.spec = spec;
    }

    /** The columns a header-less file's names give, or empty when the file has a header. */
    static Optional<Header> headerless(RecordSpec<?> spec, CsvColumns columns) {
        return columns.columnNames().map(names -> resolve(names, false, 1, spec, columns));
    }

    /**
     * The columns of a file whose header row, at {@code line}, holds {@code names}.
     *
     * @throws BadRecord of the whole input for a repeated header, a mapped or required field
     *     without its column, or a mapped field the record does not have
     */
    static Header fromRow(List<String> names, long line, RecordSpec<?> spec, CsvColumns columns) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            Integer earlier = seen.putIfAbsent(names.get(i), i);
            if (earlier != null) {
                throw BadRecord.of(
                        Scope.INPUT,
                        line,
                        OptionalInt.of(i + 1),
                        "header '"
                                + names.get(i) + "' appears in columns " + (earlier + 1) + " and "
                                + (i + 1));
            }
        }
        return resolve(List.copyOf(names), true, line, spec, columns);
    }

    private static Header resolve(
            List<String> names,
            boolean fromFile,
            long line,
            RecordSpec<?> spec,
            CsvColumns columns) {
        String described = (fromFile ? "headers are " : "columns are ") + names;
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            positions.put(names.get(i), i + 1);
        }
        Map<String, Integer> fieldColumns = new LinkedHashMap<>();
        if (spec.allColumns()) {
            fieldColumns.putAll(positions);
        }
        for (String field : columns.mappedFields()) {
            if (!spec.allColumns() && !spec.fields().contains(field)) {
                throw input(
                        line,
                        "a column is mapped to field '" + field + "', which records do not "
                                + "have; fields are " + spec.fields());
            }
        }
        List<String> wanted =
                spec.allColumns() ? List.copyOf(columns.mappedFields()) : spec.fields();
        for (String field : wanted) {
            OptionalInt position = columns.positionOf(field);
            if (position.isPresent()) {
                if (position.getAsInt() > names.size()) {
                    throw input(
                            line,
                            "field " + field + " is mapped to column "
                                    + position.getAsInt() + ", but there are " + names.size()
                                    + " columns; " + described);
                }
                fieldColumns.put(field, position.getAsInt());
                continue;
            }
            String name = columns.headerFor(field);
            Integer column = positions.get(name);
            if (column != null) {
                fieldColumns.put(field, column);
            } else if (columns.isMapped(field)) {
                throw input(line, "no column '" + name + "' for field " + field + "; " + described);
            }
        }
        for (String field : spec.required()) {
            if (!fieldColumns.containsKey(field)) {
                throw input(
                        line,
                        "no column '" + columns.headerFor(field) + "' for required field " + field
                                + "; " + described);
            }
        }
        return new Header(names, fromFile, fieldColumns, spec);
    }

    private static BadRecord input(long line, String reason) {
        return BadRecord.of(Scope.INPUT, line, OptionalInt.empty(), reason);
    }

    /** The 1-based column record field {@code field} is read from, or 0 when none is. */
    int column(String field) {
        return fieldColumns.getOrDefault(field, 0);
    }

    /**
     * Checks that the row starting at {@code line} has {@code count} cells, one per column.
     *
     * @throws BadRecord of this record when the row has another number of cells
     */
    void checkCells(int count, long line) {
        if (count != names.size()) {
            throw BadRecord.of(
                    Scope.RECORD,
                    line,
                    OptionalInt.empty(),
                    "row has "
                            + count + " cells, "
                            + (fromFile ? "the header has " : "expected ")
                            + names.size()
                            + (fromFile ? "" : " (" + String.join(", ", names) + ")"));
        }
    }

    /**
     * The record of one row starting at {@code line}.
     *
     * @throws BadRecord of this record when the row has another number of cells
     */
    RawRecord record(List<String> cells, long line) {
        checkCells(cells.size(), line);
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        fieldColumns.forEach((field, column) -> object.put(field, cells.get(column - 1)));
        spec.otherColumnsField().ifPresent(field -> {
            ObjectNode others = object.putObject(field);
            for (int i = 0; i < names.size(); i++) {
                if (!fieldColumns.containsValue(i + 1) && !cells.get(i).isEmpty()) {
                    others.put(names.get(i), cells.get(i));
                }
            }
        });
        return RawRecord.row(object, line, fieldColumns);
    }
}
