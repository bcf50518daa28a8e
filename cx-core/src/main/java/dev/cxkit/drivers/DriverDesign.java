package dev.cxkit.drivers;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.model.YesNo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The {@link DriverData} of a table of text cells, as survey and CRM exports hold them: an
 * outcome of numbers or yes/no values, and drivers that are numbers or categories, encoded into
 * the numeric columns a {@link KeyDriverAnalysis} takes.
 *
 * <ul>
 *   <li><b>Outcome.</b> A column of numbers is read as written. A column of yes/no values
 *       ({@link YesNo}: {@code Yes}, {@code Y}, {@code true}, {@code 1} are 1; {@code No},
 *       {@code N}, {@code false}, {@code 0} are 0, in any case) is coded 1/0, so that the
 *       analysis explains the probability of yes (a linear probability model; the relative
 *       weights then divide its R^2). Any other value, or numbers other than 0 and 1 beside
 *       yes/no words, is rejected naming the value and its row.
 *   <li><b>Drivers.</b> A column whose cells are all numbers is numeric; a column none of whose
 *       cells is a number is categorical; a column that mixes them is rejected, naming a number
 *       and a text and their rows. {@link Builder#categorical} makes a column categorical
 *       whatever it holds (codes such as region 1..4).
 *   <li><b>Categorical drivers</b> are one-hot (treatment, "dummy") coded: one 0/1 column per
 *       level except the reference level, named {@code column=level} (for example
 *       {@code Contract=One year}), so that each level's importance and correlation read against
 *       the reference. The reference level is the one {@link Builder#reference} names, else the
 *       first level in sorted order ({@link String#compareTo}), as R's {@code contr.treatment}
 *       on a factor does and as cxkit's Cox model does. A categorical column with a single
 *       level, with a level per row (an identifier such as a customer id), or with more than
 *       {@value #MAX_LEVELS} levels cannot be a driver: it is left out and listed in
 *       {@link #dropped()} with the reason.
 *   <li><b>Missing values.</b> An empty cell (after trimming) is a missing answer: {@code NaN}
 *       in the outcome, a numeric driver or every column of a categorical driver; so is a
 *       number equal to the {@linkplain Builder#missingMarker missing marker} in the outcome or
 *       a numeric driver (never in the 0/1 columns of a categorical driver).
 * </ul>
 *
 * <p>Numbers are ASCII decimals with an optional leading {@code -}, decimal point and exponent
 * ({@code 4}, {@code -0.5}, {@code 1e3}); they must be finite.
 *
 * <p>Source of the coding: Hardy, M. A. (1993), <i>Regression with Dummy Variables</i>, Sage,
 * chapter 2 (one indicator per category except the reference); R's {@code contr.treatment}.
 *
 * <p>Immutable and thread-safe; the builder copies every column.
 */
public final class DriverDesign {

    /** Most levels a categorical driver may have; one with more is dropped. */
    public static final int MAX_LEVELS = 50;

    private static final Pattern NUMBER =
            Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    /** How the outcome's cells were read. */
    public enum OutcomeCoding {
        /** Numbers as written. */
        NUMBER,
        /** Yes/no values coded 1 (yes) and 0 (no). */
        YES_NO
    }

    private final DriverData data;
    private final OutcomeCoding outcomeCoding;
    private final List<CategoricalDriver> categorical;
    private final List<DroppedDriver> dropped;

    private DriverDesign(
            DriverData data,
            OutcomeCoding outcomeCoding,
            List<CategoricalDriver> categorical,
            List<DroppedDriver> dropped) {
        this.data = data;
        this.outcomeCoding = outcomeCoding;
        this.categorical = List.copyOf(categorical);
        this.dropped = List.copyOf(dropped);
    }

    /**
     * True when {@code cell} is a number as a design reads one: ASCII digits with an optional
     * leading {@code -}, decimal point and exponent, finite.
     *
     * @param cell the cell, trimmed
     * @return whether it is such a number
     */
    public static boolean isNumber(String cell) {
        return NUMBER.matcher(cell).matches() && Double.isFinite(Double.parseDouble(cell));
    }

    /**
     * A builder: set the outcome, add drivers, then {@link Builder#build()}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The numeric columns: the outcome and the drivers, categorical ones as 0/1 columns.
     *
     * @return the data for a {@link KeyDriverAnalysis}
     */
    public DriverData data() {
        return data;
    }

    /**
     * How the outcome was read: numbers, or yes/no coded 1/0.
     *
     * @return the outcome's coding
     */
    public OutcomeCoding outcomeCoding() {
        return outcomeCoding;
    }

    /**
     * The categorical drivers with their reference and coded levels, in the order added.
     *
     * @return the categorical drivers
     */
    public List<CategoricalDriver> categorical() {
        return categorical;
    }

    /**
     * The drivers that could not be coded, with the reason, in the order added.
     *
     * @return the drivers left out
     */
    public List<DroppedDriver> dropped() {
        return dropped;
    }

    /** Collects text columns; not thread-safe. */
    public static final class Builder {
        private String outcomeName;
        private List<String> outcome;
        private final Map<String, Column> drivers = new LinkedHashMap<>();
        private final Map<String, String> references = new LinkedHashMap<>();
        private List<String> rowLabels;
        private OptionalDouble missingMarker = OptionalDouble.empty();

        private Builder() {}

        /**
         * Sets the outcome column: numbers, or yes/no values.
         *
         * @param name the outcome's name
         * @param cells one cell per respondent, as written
         * @return this builder
         */
        public Builder outcome(String name, List<String> cells) {
            this.outcomeName = name(name);
            this.outcome = cells(name, cells);
            return this;
        }

        /**
         * Adds a driver column, numeric or categorical by what its cells hold.
         *
         * @param name the driver's name
         * @param cells one cell per respondent, as written
         * @return this builder
         */
        public Builder driver(String name, List<String> cells) {
            return add(name, cells, false);
        }

        /**
         * Adds a categorical driver column, whatever its cells hold.
         *
         * @param name the driver's name
         * @param cells one cell per respondent, as written
         * @return this builder
         */
        public Builder categorical(String name, List<String> cells) {
            return add(name, cells, true);
        }

        /**
         * Names the reference level of the categorical driver {@code column}.
         *
         * @param column the categorical driver
         * @param level one of its levels, as written
         * @return this builder
         */
        public Builder reference(String column, String level) {
            Objects.requireNonNull(level, "level");
            references.put(name(column), level.trim());
            return this;
        }

        /**
         * Names the rows in messages, e.g. {@code churn.csv:17} for the row read at that line
         * (default {@code row 1}, {@code row 2}, ...).
         *
         * @param labels one label per respondent
         * @return this builder
         */
        public Builder rowLabels(List<String> labels) {
            this.rowLabels = List.copyOf(labels);
            return this;
        }

        /**
         * Reads numbers equal to {@code marker} (such as 99) as missing answers.
         *
         * @param marker a finite number
         * @return this builder
         */
        public Builder missingMarker(double marker) {
            checkArgument(Double.isFinite(marker), "missingMarker must be finite, was %s", marker);
            this.missingMarker = OptionalDouble.of(marker);
            return this;
        }

        /**
         * Codes the columns.
         *
         * @return the design
         *
         * @throws IllegalArgumentException when the outcome or every driver is missing,
         *     columns differ in length, the outcome holds a value that is neither a number nor
         *     a yes/no value, a driver mixes numbers and text, a reference names a column that
         *     is not a categorical driver or a level that is not in it, or no driver is left
         */
        public DriverDesign build() {
            checkArgument(outcome != null, "outcome must be set before build()");
            checkArgument(!drivers.isEmpty(), "at least one driver is needed, was 0");
            checkArgument(
                    !drivers.containsKey(outcomeName),
                    "outcome '%s' must not also be a driver",
                    outcomeName);
            int rows = outcome.size();
            checkArgument(
                    rowLabels == null || rowLabels.size() == rows,
                    "rowLabels must name the %s rows of the outcome, were %s",
                    rows,
                    rowLabels == null ? 0 : rowLabels.size());
            for (Map.Entry<String, Column> driver : drivers.entrySet()) {
                checkArgument(
                        driver.getValue().cells().size() == rows,
                        "driver '%s' has %s values but outcome '%s' has %s; every column needs one"
                                + " value per respondent",
                        driver.getKey(),
                        driver.getValue().cells().size(),
                        outcomeName,
                        rows);
            }
            for (String column : references.keySet()) {
                checkArgument(
                        drivers.containsKey(column),
                        "a reference level is named for '%s', which is not a driver; drivers are %s",
                        column,
                        drivers.keySet());
            }
            OutcomeCoding coding = outcomeCoding();
            DriverData.Builder data = DriverData.builder()
                    .outcome(
                            outcomeName,
                            coding == OutcomeCoding.YES_NO ? yesNo(outcome) : numbers(outcome));
            List<CategoricalDriver> categorical = new ArrayList<>();
            List<DroppedDriver> dropped = new ArrayList<>();
            for (Map.Entry<String, Column> driver : drivers.entrySet()) {
                String name = driver.getKey();
                List<String> cells = driver.getValue().cells();
                if (!driver.getValue().categorical() && isNumeric(name, cells)) {
                    checkArgument(
                            !references.containsKey(name),
                            "a reference level is named "
                                    + "for '%s', whose values are numbers; make it categorical",
                            name);
                    data.driver(name, numbers(cells));
                    continue;
                }
                Optional<CategoricalDriver> coded = levels(name, cells, dropped);
                coded.ifPresent(levels -> {
                    categorical.add(levels);
                    for (String level : levels.levels()) {
                        data.driver(levels.columnName(level), indicator(cells, level));
                    }
                });
            }
            checkArgument(
                    !categorical.isEmpty() || dropped.size() < drivers.size(),
                    "no driver is left: %s",
                    dropped);
            return new DriverDesign(data.build(), coding, categorical, dropped);
        }

        private Builder add(String name, List<String> cells, boolean categorical) {
            name(name);
            checkArgument(
                    !drivers.containsKey(name),
                    "driver names must be unique, '%s' was added twice",
                    name);
            drivers.put(name, new Column(cells(name, cells), categorical));
            return this;
        }

        /** Numbers, unless a cell is not one: then yes/no values. */
        private OutcomeCoding outcomeCoding() {
            int word = -1;
            int number = -1;
            for (int i = 0; i < outcome.size(); i++) {
                String cell = outcome.get(i);
                if (cell.isEmpty()) {
                    continue;
                }
                boolean isNumber = isNumber(cell);
                boolean isFlag = YesNo.parse(cell).isPresent();
                checkArgument(
                        isNumber || isFlag,
                        "outcome '%s' must hold numbers or yes/no " + "values (%s), was '%s' at %s",
                        outcomeName,
                        YesNo.VALUES,
                        cell,
                        label(i));
                if (!isNumber && word < 0) {
                    word = i;
                }
                if (!isFlag && number < 0) {
                    number = i;
                }
            }
            if (word < 0) {
                return OutcomeCoding.NUMBER;
            }
            if (number >= 0) {
                throw new IllegalArgumentException("outcome '" + outcomeName + "' mixes numbers "
                        + "and yes/no values: '" + outcome.get(number) + "' at " + label(number)
                        + " and '" + outcome.get(word) + "' at " + label(word));
            }
            return OutcomeCoding.YES_NO;
        }

        /** True when every cell is a number or empty; rejects a mix of numbers and text. */
        private boolean isNumeric(String name, List<String> cells) {
            int number = -1;
            int text = -1;
            for (int i = 0; i < cells.size() && (number < 0 || text < 0); i++) {
                String cell = cells.get(i);
                if (cell.isEmpty()) {
                    continue;
                }
                if (isNumber(cell)) {
                    number = number < 0 ? i : number;
                } else {
                    text = text < 0 ? i : text;
                }
            }
            if (number >= 0 && text >= 0) {
                throw new IllegalArgumentException("driver '" + name + "' mixes numbers and "
                        + "text: '" + cells.get(number) + "' at " + label(number) + " and '"
                        + cells.get(text) + "' at " + label(text) + "; a driver holds numbers, or "
                        + "categories (make it categorical)");
            }
            return text < 0;
        }

        /** The levels of a categorical driver, or empty (and a dropped driver) if it has none. */
        private Optional<CategoricalDriver> levels(
                String name, List<String> cells, List<DroppedDriver> dropped) {
            TreeMap<String, Long> counts = new TreeMap<>();
            long answered = 0;
            for (String cell : cells) {
                if (!cell.isEmpty()) {
                    counts.merge(cell, 1L, Long::sum);
                    answered++;
                }
            }
            String reference = references.get(name);
            checkArgument(
                    reference == null || counts.containsKey(reference),
                    "reference level '%s' of '%s' is not among its levels %s",
                    reference,
                    name,
                    counts.keySet());
            String reason = null;
            if (counts.size() < 2) {
                reason = "categorical with " + counts.size() + " level"
                        + (counts.size() == 1 ? " (" + counts.firstKey() + ")" : "s")
                        + ": nothing to compare";
            } else if (counts.size() == answered && answered > 2) {
                reason = "categorical with a different value in each of its " + answered
                        + " rows (an identifier?)";
            } else if (counts.size() > MAX_LEVELS) {
                reason = "categorical with " + counts.size() + " levels, more than " + MAX_LEVELS;
            }
            if (reason != null) {
                dropped.add(new DroppedDriver(name, reason));
                return Optional.empty();
            }
            String base = reference == null ? counts.firstKey() : reference;
            List<String> levels = counts.keySet().stream()
                    .filter(level -> !level.equals(base))
                    .toList();
            return Optional.of(new CategoricalDriver(name, base, levels));
        }

        private double[] numbers(List<String> cells) {
            double[] values = new double[cells.size()];
            for (int i = 0; i < values.length; i++) {
                String cell = cells.get(i);
                values[i] = cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
                if (missingMarker.isPresent() && values[i] == missingMarker.getAsDouble()) {
                    values[i] = Double.NaN;
                }
            }
            return values;
        }

        private static double[] yesNo(List<String> cells) {
            double[] values = new double[cells.size()];
            for (int i = 0; i < values.length; i++) {
                String cell = cells.get(i);
                values[i] = cell.isEmpty() ? Double.NaN : YesNo.parse(cell).orElseThrow() ? 1 : 0;
            }
            return values;
        }

        private static double[] indicator(List<String> cells, String level) {
            double[] values = new double[cells.size()];
            for (int i = 0; i < values.length; i++) {
                String cell = cells.get(i);
                values[i] = cell.isEmpty() ? Double.NaN : cell.equals(level) ? 1 : 0;
            }
            return values;
        }

        private String label(int row) {
            return rowLabels == null ? "row " + (row + 1) : rowLabels.get(row);
        }

        private static String name(String name) {
            Objects.requireNonNull(name, "name");
            checkArgument(!name.isBlank(), "column name must not be blank, was '%s'", name);
            return name;
        }

        private static List<String> cells(String name, List<String> cells) {
            Objects.requireNonNull(cells, "cells");
            List<String> trimmed = new ArrayList<>(cells.size());
            for (String cell : cells) {
                trimmed.add(Objects.requireNonNull(cell, name + " cell").trim());
            }
            return trimmed;
        }

        private record Column(List<String> cells, boolean categorical) {}
    }
}
