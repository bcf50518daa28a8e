package dev.cxkit.json.read;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which CSV header names hold which record fields. By default each field is read from the
 * column named like its JSON field ({@code score} from {@code score}); {@link #map(String,
 * String)} renames one, for example {@code CsvColumns.defaults().map("score", "Q1_LTR")}.
 * Header names are matched exactly. Instances are immutable.
 */
public final class CsvColumns {

    private static final CsvColumns DEFAULTS = new CsvColumns(Map.of());

    private final Map<String, String> headers;

    private CsvColumns(Map<String, String> headers) {
        this.headers = Map.copyOf(headers);
    }

    /** Every field from the column of the same name. */
    public static CsvColumns defaults() {
        return DEFAULTS;
    }

    /** These columns, with {@code field} read from the column headed {@code header}. */
    public CsvColumns map(String field, String header) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(header, "header");
        if (header.isBlank()) {
            throw new IllegalArgumentException("header for field " + field
                    + " must not be blank, was '" + header + "'");
        }
        Map<String, String> copy = new HashMap<>(headers);
        copy.put(field, header);
        return new CsvColumns(copy);
    }

    /** The header of the column holding {@code field}. */
    public String headerFor(String field) {
        return headers.getOrDefault(field, field);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CsvColumns columns && headers.equals(columns.headers);
    }

    @Override
    public int hashCode() {
        return headers.hashCode();
    }

    @Override
    public String toString() {
        return "CsvColumns" + headers;
    }
}
