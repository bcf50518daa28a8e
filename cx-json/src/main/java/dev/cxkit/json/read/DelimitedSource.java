package dev.cxkit.json.read;

import dev.cxkit.json.read.CxDataException.Scope;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Text rows without quoting, one per line: {@link RecordFormat#TSV} splits a line at each tab
 * (an empty cell between two tabs is a missing value), {@link RecordFormat#WHITESPACE} at each
 * run of spaces and tabs, ignoring them at the line's start and end. A header row comes first
 * unless {@link CsvColumns#headerless} names the columns. Empty lines are not records; a line
 * holding only blanks or other invisible characters is a bad record, never silently skipped.
 */
final class DelimitedSource implements RecordSource {

    private final LineReader lines;
    private final boolean whitespace;
    private final RecordSpec<?> spec;
    private final CsvColumns columns;
    private final int maxRecordLength;
    private final List<String> cells = new ArrayList<>();
    private Header header;

    DelimitedSource(
            Input input,
            RecordFormat format,
            ReadLimits limits,
            RecordSpec<?> spec,
            CsvColumns columns) {
        this.lines = new LineReader(input.text(), input.invalid(), limits.maxRecordLength());
        this.whitespace = format == RecordFormat.WHITESPACE;
        this.spec = spec;
        this.columns = columns;
        this.maxRecordLength = limits.maxRecordLength();
        this.header = Header.headerless(spec, columns).orElse(null);
    }

    @Override
    public RawRecord next() {
        while (advance()) {
            long line = lines.number();
            Scope scope = header == null ? Scope.INPUT : Scope.RECORD;
            if (lines.tooLong()) {
                throw BadRecord.of(
                        scope,
                        line,
                        OptionalInt.of(maxRecordLength + 1),
                        "line is longer than the maximum record length of " + maxRecordLength
                                + " characters (was " + lines.length() + ")");
            }
            if (lines.invalidColumn().isPresent()) {
                throw BadRecord.of(
                        scope,
                        line,
                        OptionalInt.of((int) lines.invalidColumn().getAsLong()),
                        "invalid UTF-8 byte sequence");
            }
            String text = lines.text();
            if (text.isEmpty()) {
                continue;
            }
            if (text.isBlank()) {
                throw BadRecord.of(scope, line, OptionalInt.of(1), BlankLines.describe(text));
            }
            split(text);
            if (header == null) {
                header = Header.fromRow(cells, line, spec, columns);
                continue;
            }
            return header.record(cells, line);
        }
        if (header == null) {
            throw BadRecord.of(
                    Scope.INPUT, 1, OptionalInt.empty(), "expected a header row, found no content");
        }
        return null;
    }

    private void split(String text) {
        cells.clear();
        if (!whitespace) {
            int from = 0;
            for (int tab = text.indexOf('\t'); tab >= 0; tab = text.indexOf('\t', from)) {
                cells.add(text.substring(from, tab));
                from = tab + 1;
            }
            cells.add(text.substring(from));
            return;
        }
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && isBlank(text.charAt(i))) {
                i++;
            }
            int from = i;
            while (i < n && !isBlank(text.charAt(i))) {
                i++;
            }
            if (i > from) {
                cells.add(text.substring(from, i));
            }
        }
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private boolean advance() {
        try {
            return lines.next();
        } catch (IOException failed) {
            throw BadRecord.ofIo(failed, lines.number() + 1);
        }
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
