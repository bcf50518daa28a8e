package dev.cxkit.json.read;

import java.util.Locale;
import java.util.Optional;

/**
 * The layouts cxkit reads records from.
 *
 * <p>Immutable and thread-safe.
 */
public enum RecordFormat {
    /** One JSON object per line (NDJSON, JSON Lines); a bad line does not stop the next. */
    NDJSON,
    /** One JSON array of objects. */
    JSON_ARRAY,
    /**
     * Comma-separated values (RFC 4180 quoting, cells may span lines), with a header row
     * unless {@link CsvColumns#headerless} names the columns.
     */
    CSV,
    /**
     * Tab-separated values without quoting, one row per line; a header row unless
     * {@link CsvColumns#headerless} names the columns.
     */
    TSV,
    /**
     * Cells separated by runs of spaces or tabs, without quoting, one row per line, blanks at
     * the start and end of a line ignored: logs such as the CDNOW master file
     * ({@code 00001 19970101 1 11.77}), usually with {@link CsvColumns#headerless}.
     */
    WHITESPACE;

    /**
     * {@return the format a file name suggests: {@code .ndjson} and {@code .jsonl} are NDJSON,
     * {@code .json} a JSON array, {@code .csv} CSV, {@code .tsv} and {@code .tab} TSV; a trailing
     * {@code .gz} is ignored} Whitespace-separated text has no telling name ({@code .txt}) and is
     * never suggested.
     *
     * @param fileName the file's name
     */
    public static Optional<RecordFormat> fromFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
            return Optional.of(NDJSON);
        }
        if (name.endsWith(".json")) {
            return Optional.of(JSON_ARRAY);
        }
        if (name.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        if (name.endsWith(".tsv") || name.endsWith(".tab")) {
            return Optional.of(TSV);
        }
        return Optional.empty();
    }
}
