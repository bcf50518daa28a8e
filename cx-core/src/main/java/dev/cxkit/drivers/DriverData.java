package dev.cxkit.drivers;

import static dev.cxkit.internal.Checks.checkArgument;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Per-respondent ratings of drivers and an outcome: the input of a {@link KeyDriverAnalysis}.
 *
 * <p>Each driver is a named column of ratings (a touchpoint or attribute such as "service
 * quality"), the outcome a column of the same length (likelihood to recommend, overall
 * satisfaction, churn coded 0/1). Row {@code i} of every column belongs to respondent {@code i}.
 * A missing answer is {@link Double#NaN} or, if the builder names one, an explicit missing
 * marker (such as {@code 99} for "don't know"); markers become {@code NaN} here. Infinite values
 * are rejected.
 *
 * <p>An optional rating scale ({@code lowest..highest}, shared by all drivers) normalizes each
 * driver's mean rating to a performance in {@code [0, 1]} for the importance-versus-performance
 * quadrants; without one each driver's performance is normalized by its own observed range.
 *
 * <p>Immutable and thread-safe: the builder copies every column.
 */
public final class DriverData {

    private final String outcomeName;
    private final double[] outcome;
    private final List<String> driverNames;
    private final double[][] drivers;
    private final OptionalDouble scaleLowest;
    private final OptionalDouble scaleHighest;

    private DriverData(
            String outcomeName,
            double[] outcome,
            List<String> driverNames,
            double[][] drivers,
            OptionalDouble scaleLowest,
            OptionalDouble scaleHighest) {
        this.outcomeName = outcomeName;
        this.outcome = outcome;
        this.driverNames = driverNames;
        this.drivers = drivers;
        this.scaleLowest = scaleLowest;
        this.scaleHighest = scaleHighest;
    }

    /**
     * {@return a builder; name the outcome, add at least one driver, then {@link Builder#build()}}
     */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return name of the outcome column} */
    public String outcomeName() {
        return outcomeName;
    }

    /** {@return number of respondents (rows), including those with missing answers} */
    public int respondents() {
        return outcome.length;
    }

    /** {@return driver names in the order they were added} */
    public List<String> driverNames() {
        return driverNames;
    }

    /** {@return the lowest point of the rating scale, if one was declared} */
    public OptionalDouble scaleLowest() {
        return scaleLowest;
    }

    /** {@return the highest point of the rating scale, if one was declared} */
    public OptionalDouble scaleHighest() {
        return scaleHighest;
    }

    /** {@return a copy of the outcome column ({@code NaN} where missing)} */
    public double[] outcome() {
        return outcome.clone();
    }

    /**
     * {@return a copy of one driver's column ({@code NaN} where missing)}
     *
     * @param name the driver's name
     */
    public double[] driver(String name) {
        Objects.requireNonNull(name, "name");
        int index = driverNames.indexOf(name);
        checkArgument(index >= 0, "driver must be one of %s, was '%s'", driverNames, name);
        return drivers[index].clone();
    }

    double[] outcomeColumn() {
        return outcome;
    }

    double[] driverColumn(int index) {
        return drivers[index];
    }

    /** Collects columns; not thread-safe. */
    public static final class Builder {
        private String outcomeName;
        private double[] outcome;
        private final Map<String, double[]> drivers = new LinkedHashMap<>();
        private OptionalDouble missingMarker = OptionalDouble.empty();
        private OptionalDouble scaleLowest = OptionalDouble.empty();
        private OptionalDouble scaleHighest = OptionalDouble.empty();

        private Builder() {}

        /**
         * Sets the outcome column (copied).
         *
         * @param name the outcome's name
         * @param values each respondent's outcome (for example likelihood to recommend)
         * @return this builder
         */
        public Builder outcome(String name, double[] values) {
            this.outcomeName = checkName(name);
            this.outcome = checkColumn(name, values);
            return this;
        }

        /**
         * Adds a driver column (copied); names must be unique.
         *
         * @param name the driver's name
         * @param values each respondent's rating of the driver
         * @return this builder
         */
        public Builder driver(String name, double[] values) {
            checkName(name);
            checkArgument(
                    !drivers.containsKey(name),
                    "driver names must be unique, '%s' was added twice",
                    name);
            drivers.put(name, checkColumn(name, values));
            return this;
        }

        /**
         * Treats every value equal to {@code marker} (in any column) as a missing answer.
         *
         * @param marker the value that means "no answer"
         * @return this builder
         */
        public Builder missingMarker(double marker) {
            checkArgument(Double.isFinite(marker), "missingMarker must be finite, was %s", marker);
            this.missingMarker = OptionalDouble.of(marker);
            return this;
        }

        /**
         * Declares the rating scale shared by all drivers, {@code lowest < highest}.
         *
         * @param lowest the lowest rating, finite
         * @param highest the highest rating, {@code > lowest}
         * @return this builder
         */
        public Builder ratingScale(double lowest, double highest) {
            checkArgument(
                    Double.isFinite(lowest) && Double.isFinite(highest) && lowest < highest,
                    "ratingScale needs finite lowest < highest, was %s..%s",
                    lowest,
                    highest);
            this.scaleLowest = OptionalDouble.of(lowest);
            this.scaleHighest = OptionalDouble.of(highest);
            return this;
        }

        /**
         * Validates and builds.
         *
         * @return the validated data
         * @throws IllegalArgumentException if the outcome or every driver is missing, column
         *     lengths differ, or a rating lies off the declared scale
         */
        public DriverData build() {
            checkArgument(outcome != null, "outcome must be set before build()");
            checkArgument(!drivers.isEmpty(), "at least one driver is needed, was 0");
            checkArgument(
                    !drivers.containsKey(outcomeName),
                    "outcome '%s' must not also be a driver",
                    outcomeName);
            double[] outcomeValues = withoutMarker(outcome);
            double[][] columns = new double[drivers.size()][];
            int j = 0;
            for (Map.Entry<String, double[]> entry : drivers.entrySet()) {
                String name = entry.getKey();
                double[] column = withoutMarker(entry.getValue());
                checkArgument(
                        column.length == outcomeValues.length,
                        "driver '%s' has %s values but outcome '%s' has %s; every column needs one value"
                                + " per respondent",
                        name,
                        column.length,
                        outcomeName,
                        outcomeValues.length);
                checkScale(name, column);
                columns[j++] = column;
            }
            return new DriverData(
                    outcomeName,
                    outcomeValues,
                    List.copyOf(drivers.keySet()),
                    columns,
                    scaleLowest,
                    scaleHighest);
        }

        /** A copy of {@code column} with the missing marker replaced by NaN. */
        private double[] withoutMarker(double[] column) {
            if (missingMarker.isEmpty()) {
                return column.clone();
            }
            double marker = missingMarker.getAsDouble();
            return Arrays.stream(column).map(v -> v == marker ? Double.NaN : v).toArray();
        }

        private void checkScale(String name, double[] column) {
            if (scaleLowest.isEmpty()) {
                return;
            }
            double lowest = scaleLowest.getAsDouble();
            double highest = scaleHighest.getAsDouble();
            for (int i = 0; i < column.length; i++) {
                double v = column[i];
                checkArgument(
                        Double.isNaN(v) || v >= lowest && v <= highest,
                        "driver '%s' row %s must lie on the rating scale %s..%s, was %s",
                        name,
                        i,
                        lowest,
                        highest,
                        v);
            }
        }

        private static String checkName(String name) {
            Objects.requireNonNull(name, "name");
            checkArgument(!name.isBlank(), "column name must not be blank, was '%s'", name);
            return name;
        }

        private static double[] checkColumn(String name, double[] values) {
            Objects.requireNonNull(values, "values");
            for (int i = 0; i < values.length; i++) {
                checkArgument(
                        !Double.isInfinite(values[i]),
                        "column '%s' row %s must be finite or NaN (missing), was %s",
                        name,
                        i,
                        values[i]);
            }
            return values.clone();
        }
    }
}
