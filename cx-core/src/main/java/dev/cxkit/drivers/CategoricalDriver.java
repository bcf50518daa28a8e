package dev.cxkit.drivers;

import static dev.cxkit.internal.Checks.checkArgument;

import java.util.List;
import java.util.Objects;

/**
 * A categorical driver as {@link DriverDesign} coded it: one 0/1 column per level except the
 * reference, each named {@code name=level}, whose importance reads against the reference.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the driver's column, e.g. {@code Contract}
 * @param reference the level without a column, e.g. {@code Month-to-month}
 * @param levels the other levels, each with a column, in sorted order
 */
public record CategoricalDriver(String name, String reference, List<String> levels) {

    /**
     * Rejects nulls, a reference among the levels and a driver without coded levels.
     *
     * @param name the driver's column
     * @param reference the level without a column
     * @param levels the other levels, each with a column
     */
    public CategoricalDriver {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reference, "reference");
        levels = List.copyOf(levels);
        checkArgument(
                !levels.isEmpty(),
                "categorical driver '%s' needs a level besides its " + "reference '%s'",
                name,
                reference);
        checkArgument(
                !levels.contains(reference),
                "reference '%s' of '%s' must not be among " + "its coded levels %s",
                reference,
                name,
                levels);
    }

    /**
     * The name of {@code level}'s column: {@code name=level}.
     *
     * @param level one of {@link #levels()}
     * @return the column's name
     */
    public String columnName(String level) {
        checkArgument(
                levels.contains(level),
                "'%s' is not a coded level of '%s', levels are %s",
                level,
                name,
                levels);
        return name + "=" + level;
    }

    /**
     * The names of the coded columns, in the order of {@link #levels()}.
     *
     * @return one name per coded level
     */
    public List<String> columnNames() {
        return levels.stream().map(this::columnName).toList();
    }
}
