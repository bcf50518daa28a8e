package dev.cxkit.json.read;

import static dev.cxkit.internal.Checks.checkArgument;
import static dev.cxkit.internal.Checks.nonBlank;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which columns of a CSV, TSV or whitespace-separated file hold which record fields, and
 * whether the file starts with a header row.
 *
 * <ul>
 *   <li>{@link #defaults()}: a header row; each field is read from the column named like it
 *       ({@code score} from {@code score}).
 *   <li>{@link #map(String, String)} reads a field from the column with another header, as in
 *       {@code CsvColumns.defaults().map("score", "Q1_LTR")}; {@link #mapPosition(String, int)}
 *       from the column at a 1-based position.
 *   <li>{@link #headerless(List)}: the file has no header row and its columns, in order, are
 *       named by the list, as in {@code CsvColumns.headerless(List.of("id", "date", "qty",
 *       "amount"))} for the CDNOW master layout; every row must have that many cells.
 * </ul>
 *
 * <p>Header names are matched exactly. A field mapped to a header the file does not have is an
 * error of the whole input naming the headers it has, never silently ignored. Instances are
 * immutable and thread-safe.
 */
public final class CsvColumns {

    private static final CsvColumns DEFAULTS = new CsvColumns(Map.of(), Map.of(), null);

    private final Map<String, String> headers;
    private final Map<String, Integer> positions;
    private final List<String> names;

    private CsvColumns(
            Map<String, String> headers, Map<String, Integer> positions, List<String> names) {
        this.headers = Map.copyOf(headers);
        this.positions = Map.copyOf(positions);
        this.names = names == null ? null : List.copyOf(names);
    }

    /** {@return a header row; every field from the column of the same name} */
    public static CsvColumns defaults() {
        return DEFAULTS;
    }

    /**
     * {@return no header row: the first line is a record, and its columns are named, in order, by
     * {@code names}}
     *
     * @param names the columns' names, in order
     * @throws IllegalArgumentException when {@code names} is empty, or has a blank or repeated
     *     name
     */
    public static CsvColumns headerless(List<String> names) {
        Objects.requireNonNull(names, "names");
        checkArgument(!names.isEmpty(), "names of a header-less file's columns must not be empty");
        checkArgument(
                new HashSet<>(names).size() == names.size(),
                "names of a header-less file's columns must differ, were %s",
                names);
        names.forEach(name -> nonBlank(name, "column name"));
        return new CsvColumns(Map.of(), Map.of(), names);
    }

    /**
     * {@return these columns, with {@code field} read from the column headed {@code header}}
     *
     * @param field the record field, such as {@code "score"}
     * @param header the header of its column
     */
    public CsvColumns map(String field, String header) {
        Objects.requireNonNull(field, "field");
        nonBlank(header, "header for field " + field);
        Map<String, String> copy = new HashMap<>(headers);
        copy.put(field, header);
        Map<String, Integer> at = new HashMap<>(positions);
        at.remove(field);
        return new CsvColumns(copy, at, names);
    }

    /**
     * {@return these columns, with {@code field} read from the column at 1-based {@code position}}
     *
     * @param field the record field, such as {@code "score"}
     * @param position the 1-based position of its column
     * @throws IllegalArgumentException when {@code position < 1}
     */
    public CsvColumns mapPosition(String field, int position) {
        Objects.requireNonNull(field, "field");
        checkArgument(position >= 1, "position of field %s must be >= 1, was %s", field, position);
        Map<String, Integer> copy = new HashMap<>(positions);
        copy.put(field, position);
        Map<String, String> named = new HashMap<>(headers);
        named.remove(field);
        return new CsvColumns(named, copy, names);
    }

    /** {@return true when the file starts with a header row (not {@link #headerless(List)})} */
    public boolean hasHeader() {
        return names == null;
    }

    /** {@return the names of a header-less file's columns, if it is one} */
    public Optional<List<String>> columnNames() {
        return Optional.ofNullable(names);
    }

    /**
     * {@return the header of the column holding {@code field}}
     *
     * @param field the record field, such as {@code "score"}
     */
    public String headerFor(String field) {
        return headers.getOrDefault(field, field);
    }

    /**
     * {@return the position {@code field} was {@linkplain #mapPosition mapped} to, if it was}
     *
     * @param field the record field, such as {@code "score"}
     */
    public OptionalInt positionOf(String field) {
        Integer position = positions.get(field);
        return position == null ? OptionalInt.empty() : OptionalInt.of(position);
    }

    /** True when {@code field} was mapped by {@link #map} or {@link #mapPosition}. */
    boolean isMapped(String field) {
        return headers.containsKey(field) || positions.containsKey(field);
    }

    /** The fields mapped by {@link #map} or {@link #mapPosition}. */
    java.util.Set<String> mappedFields() {
        java.util.Set<String> fields = new HashSet<>(headers.keySet());
        fields.addAll(positions.keySet());
        return fields;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CsvColumns columns
                && headers.equals(columns.headers)
                && positions.equals(columns.positions)
                && Objects.equals(names, columns.names);
    }

    @Override
    public int hashCode() {
        return Objects.hash(headers, positions, names);
    }

    @Override
    public String toString() {
        return "CsvColumns{headers=" + headers + ", positions=" + positions
                + (names == null ? "" : ", headerless " + names) + "}";
    }
}
