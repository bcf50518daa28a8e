package dev.cxkit.json.read;

import java.util.Locale;
import java.util.Optional;

/** The layouts cxkit reads records from. */
public enum RecordFormat {
    /** One JSON object per line (NDJSON, JSON Lines); a bad line does not stop the next. */
    NDJSON,
    /** One JSON array of objects. */
    JSON_ARRAY,
    /** Comma-separated values with a header row (RFC 4180 quoting). */
    CSV;

    /**
     * The format a file name suggests: {@code .ndjson} and {@code .jsonl} are NDJSON,
     * {@code .json} a JSON array, {@code .csv} CSV; a trailing {@code .gz} is ignored.
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
        return Optional.empty();
    }
}
