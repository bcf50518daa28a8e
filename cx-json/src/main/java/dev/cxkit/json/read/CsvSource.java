package dev.cxkit.json.read;

import dev.cxkit.json.read.CxDataException.Scope;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.dataformat.csv.CsvFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * CSV (RFC 4180) given as characters (a {@link java.io.Reader}), read by Jackson's CSV parser;
 * bytes are read by {@link CsvBytesSource}, with the same records and problems. A header row, unless {@link CsvColumns#headerless} names the columns, then one
 * record per row whose fields are taken from the columns the {@link Header} names. A row with
 * the wrong number of cells, longer than the record limit or with a cell longer than the string
 * limit is skipped and reported (a row's cells are held only up to the record limit, so a line
 * of millions of commas takes no more memory); a header without a required field's column, or
 * a duplicate header, ends the input before any record. A cell longer than the record limit,
 * which the parser cannot pass, ends the input at its line.
 */
final class CsvSource implements RecordSource {

    private final JsonParser parser;
    private final InvalidUtf8 invalid;
    private final RecordSpec<?> spec;
    private final CsvColumns columns;
    private final int maxRecordLength;
    private final int maxStringLength;
    private final List<String> cells = new ArrayList<>();
    private Header header;
    private long rowLine;

    CsvSource(
            Input input,
            CsvFactory factory,
            ReadLimits limits,
            RecordSpec<?> spec,
            CsvColumns columns) {
        this.parser = factory.createParser(ObjectReadContext.empty(), input.text());
        this.invalid = input.invalid();
        this.spec = spec;
        this.columns = columns;
        this.maxRecordLength = limits.maxRecordLength();
        this.maxStringLength = limits.maxStringLength();
        this.header = Header.headerless(spec, columns).orElse(null);
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
            return header.record(cells, rowLine);
        } catch (JacksonException malformed) {
            throw BadRecord.ofCsvParse(malformed, parser);
        }
    }

    private void readHeader() {
        if (!readRow()) {
            throw BadRecord.of(
                    Scope.INPUT,
                    1,
                    OptionalInt.empty(),
                    "expected a CSV header row, found no content");
        }
        header = Header.fromRow(cells, rowLine, spec, columns);
    }

    /**
     * Reads the next row's cells, passing over empty lines; false at the end of the input.
     * A line of only blanks or invisible characters is a bad record.
     */
    private boolean readRow() {
        while (true) {
            if (parser.nextToken() == null) {
                return false;
            }
            if (readCells()) {
                return true;
            }
        }
    }

    /** Reads one row's cells; false for an empty line. */
    private boolean readCells() {
        cells.clear();
        JsonToken token = parser.nextToken();
        rowLine = parser.currentTokenLocation().getLineNr();
        long start = parser.currentTokenLocation().getCharOffset();
        int longCell = 0;
        int longCellLength = 0;
        for (; token == JsonToken.VALUE_STRING; token = parser.nextToken()) {
            if (cells.size() > maxRecordLength) {
                continue;
            }
            String cell = parser.getString();
            if (cell.length() > maxStringLength && longCell == 0) {
                longCell = cells.size() + 1;
                longCellLength = cell.length();
                cell = "";
            }
            cells.add(cell);
        }
        long end = parser.currentLocation().getCharOffset();
        Scope scope = header == null ? Scope.INPUT : Scope.RECORD;
        if (cells.size() <= 1 && (cells.isEmpty() || cells.get(0).isBlank())) {
            String text = cells.isEmpty() ? "" : cells.get(0);
            if (text.isEmpty()) {
                invalid.takeBefore(end);
                return false;
            }
            throw BadRecord.of(scope, rowLine, OptionalInt.of(1), BlankLines.describe(text));
        }
        var invalidAt = invalid.takeBefore(end);
        if (invalidAt.isPresent()) {
            throw invalidUtf8(scope, rowLine, invalidAt.getAsLong() - start + 1);
        }
        if (end - start > maxRecordLength) {
            throw rowTooLong(scope, rowLine, maxRecordLength);
        }
        if (longCell > 0) {
            throw cellTooLong(scope, rowLine, longCell, longCellLength, maxStringLength);
        }
        return true;
    }

    /** A row with invalid UTF-8 starting at its 1-based character {@code at}. */
    static BadRecord invalidUtf8(Scope scope, long line, long at) {
        return BadRecord.of(
                scope,
                line,
                OptionalInt.empty(),
                "invalid UTF-8 byte sequence at character " + at + " of the row");
    }

    /** A row longer than {@code maxRecordLength} characters. */
    static BadRecord rowTooLong(Scope scope, long line, int maxRecordLength) {
        return BadRecord.of(
                scope,
                line,
                OptionalInt.empty(),
                "row is longer than the maximum record length of " + maxRecordLength
                        + " characters");
    }

    /** A row whose cell at 1-based {@code column}, of {@code length} characters, is too long. */
    static BadRecord cellTooLong(
            Scope scope, long line, int column, long length, int maxStringLength) {
        return BadRecord.of(
                scope,
                line,
                OptionalInt.of(column),
                "cell of " + length + " characters is longer than the maximum string length of "
                        + maxStringLength);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
