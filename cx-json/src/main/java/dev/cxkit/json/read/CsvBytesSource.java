package dev.cxkit.json.read;

import dev.cxkit.json.read.CxDataException.Scope;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * CSV (RFC 4180) read from UTF-8 bytes by a {@link CsvScanner}, with the rules of
 * {@link CsvSource}, which reads characters: a header row, unless {@link CsvColumns#headerless}
 * names the columns, then one record per row; empty lines are passed over, a line of only
 * blanks or invisible characters is a bad record; a row with invalid UTF-8, longer than the
 * record limit, with a cell longer than the string limit or with the wrong number of cells is
 * skipped and reported; a header without a required field's column, or a duplicate header, ends
 * the input before any record. Unlike the character reader, a single cell longer than the
 * record limit is a row too long, skipped, and the read goes on.
 *
 * <p>Where the record type has a {@link CellDecoder}, a row's record is read straight from its
 * cells; a row the decoder declines, and every row of other types, is turned into a tree of its
 * strings for the type's deserializer ({@link Header#record}), which gives the record or the
 * problem.
 */
final class CsvBytesSource implements RecordSource {

    private final CsvScanner scanner;
    private final RecordSpec<?> spec;
    private final CsvColumns columns;
    private final TimeFormat times;
    private final ReadLimits limits;
    private final String source;
    private final List<String> cells = new ArrayList<>();
    private Header header;
    private CellDecoder<?> decoder;

    /**
     * A source of a whole input, or of a part of a file after its first {@code linesBefore}
     * lines: {@code header} is then the file's, read before, and {@code part} makes the end of
     * the part inside a quoted cell a {@link CsvScanner.PartEndsInQuotes}.
     *
     * @param header the columns when known (a part after the first, or a header-less file);
     *     {@code null} to read them from the first row
     */
    CsvBytesSource(
            Input input,
            ReadLimits limits,
            RecordSpec<?> spec,
            CsvColumns columns,
            TimeFormat times,
            Header header,
            long linesBefore,
            boolean part) {
        this.scanner = new CsvScanner(input.bytes(), limits, linesBefore, part);
        this.spec = spec;
        this.columns = columns;
        this.times = times;
        this.limits = limits;
        this.source = input.source();
        if (header != null) {
            useHeader(header);
        }
    }

    /** The columns of {@code input}'s header row, or {@code null} when the header is unusable. */
    static Header readHeader(Input input, ReadLimits limits, RecordSpec<?> spec, CsvColumns columns)
            throws IOException {
        CsvBytesSource header =
                new CsvBytesSource(input, limits, spec, columns, TimeFormat.iso(), null, 0, false);
        try {
            return header.readHeader();
        } catch (BadRecord unusable) {
            return null;
        } finally {
            header.close();
        }
    }

    private void useHeader(Header header) {
        this.header = header;
        this.decoder =
                spec.cells() == null ? null : spec.cells().create(header, times, limits, source);
    }

    @Override
    public Object next() {
        if (header == null) {
            useHeader(Header.headerless(spec, columns).orElseGet(this::readHeader));
        }
        if (!readRow(Scope.RECORD)) {
            return null;
        }
        long line = scanner.line();
        header.checkCells(scanner.cells(), line);
        Object record = decoder == null ? null : decoder.decode(scanner, line);
        return record != null ? record : header.record(strings(), line);
    }

    private Header readHeader() {
        if (!readRow(Scope.INPUT)) {
            throw BadRecord.of(
                    Scope.INPUT,
                    1,
                    OptionalInt.empty(),
                    "expected a CSV header row, found no content");
        }
        return Header.fromRow(strings(), scanner.line(), spec, columns);
    }

    /** Moves to the next row that is not an empty line; false at the end of the input. */
    private boolean readRow(Scope scope) {
        try {
            while (scanner.next()) {
                if (!scanner.isEmptyLine()) {
                    check(scope);
                    return true;
                }
            }
            return false;
        } catch (IOException failed) {
            throw BadRecord.ofIo(failed, scanner.line());
        }
    }

    /** Rejects a blank, invalid, too long row or one with a too long cell, in that order. */
    private void check(Scope scope) {
        long line = scanner.line();
        if (!scanner.dropped()) {
            if (scanner.cells() == 1) {
                String text = scanner.cell(0);
                if (text.isBlank()) {
                    throw BadRecord.of(scope, line, OptionalInt.of(1), BlankLines.describe(text));
                }
            }
            int invalid = scanner.invalidUtf8At();
            if (invalid > 0) {
                throw CsvSource.invalidUtf8(scope, line, invalid);
            }
        }
        if (scanner.tooLong()) {
            throw CsvSource.rowTooLong(scope, line, limits.maxRecordLength());
        }
        int longCell = scanner.firstLongCell();
        if (longCell > 0) {
            throw CsvSource.cellTooLong(
                    scope,
                    line,
                    longCell,
                    scanner.cellChars(longCell - 1),
                    limits.maxStringLength());
        }
    }

    private List<String> strings() {
        cells.clear();
        for (int i = 0; i < scanner.cells(); i++) {
            cells.add(scanner.cell(i));
        }
        return cells;
    }

    @Override
    public void close() throws IOException {
        scanner.close();
    }
}
