package dev.cxkit.spark;

import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;

import dev.cxkit.clv.RfmPatterns;
import dev.cxkit.survival.RiskSets;
import dev.cxkit.survival.Strata;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The sufficient statistics of cx-core's models computed on Spark as group-by counts and
 * collected to the driver, where cx-core fits the model: risk-set tables for Kaplan-Meier and
 * the log-rank test ({@link RiskSets}, {@link Strata}), and (x, t_x, T) patterns for BG/NBD
 * and BG/BB ({@link RfmPatterns}). The driver receives one row per distinct time or pattern,
 * not one per customer, and the result equals what cx-core builds from the same rows in
 * process.
 *
 * <p>Every method runs one Spark job. A row with a null value is not dropped silently: the
 * call fails with an {@link IllegalArgumentException} naming the column and how many rows lack
 * it, as it does for values cx-core refuses (a negative or non-finite duration, t_x > T...).
 * Thread-safe.
 */
public final class CxSummaries {

    private CxSummaries() {}

    /**
     * {@return the risk-set table of all rows: one subject per row, observed for {@code duration}
     * (numeric, finite, {@code >= 0}) and ending in an event when {@code event} is true or 1,
     * censored when false or 0} Hand it to {@link RiskSets#kaplanMeier()}.
     *
     * @param data the rows, one subject each
     * @param duration the duration column, numeric, finite and {@code >= 0}
     * @param event the event column: true or 1 for an event, false or 0 for censored
     * @throws IllegalArgumentException when a duration is null, negative or non-finite, or an
     *     event is null or not 0/1
     */
    public static RiskSets riskSets(Dataset<Row> data, Column duration, Column event) {
        return strata(data, lit("all"), duration, event).pooled();
    }

    /**
     * {@return the risk-set table of each value of {@code stratum} (read as a string), for
     * Kaplan-Meier curves per stratum and {@link Strata#logRank()}; columns as in
     * {@link #riskSets(Dataset, Column, Column)}}
     *
     * @param data the rows, one subject each
     * @param stratum the stratum column, read as a string
     * @param duration the duration column, numeric, finite and {@code >= 0}
     * @param event the event column: true or 1 for an event, false or 0 for censored
     * @throws IllegalArgumentException also when a stratum is null
     */
    public static Strata<String> strata(
            Dataset<Row> data, Column stratum, Column duration, Column event) {
        Objects.requireNonNull(data, "data");
        Column code = Objects.requireNonNull(event, "event").cast("int");
        List<Row> rows = data.groupBy(
                        Objects.requireNonNull(stratum, "stratum")
                                .cast("string")
                                .as("stratum"),
                        Objects.requireNonNull(duration, "duration")
                                .cast("double")
                                .as("time"))
                .agg(
                        count_if(code.equalTo(1)),
                        count_if(code.equalTo(0)),
                        count_if(code.isNull().or(not(code.isin(0, 1)))))
                .orderBy("stratum", "time")
                .collectAsList();
        Map<String, RiskSets> strata = new LinkedHashMap<>();
        int from = 0;
        while (from < rows.size()) {
            String key = requireValue(rows.get(from), 0, "stratum", subjects(rows.get(from)));
            int to = from;
            while (to < rows.size() && key.equals(rows.get(to).getString(0))) {
                to++;
            }
            strata.put(key, riskSets(rows.subList(from, to)));
            from = to;
        }
        return Strata.of(strata);
    }

    /**
     * {@return the (x, t_x, T) patterns of all rows, one customer per row: {@code frequency} the
     * number of repeat purchases (an integer column), {@code recency} the time of the last one,
     * {@code age} the time observed, in one unit} Hand them to {@code BgNbdModel.fit} or
     * {@code BgBbModel.fit}.
     *
     * @param customers the rows, one customer each
     * @param frequency the column of x, the number of repeat purchases, an integer
     * @param recency the column of t_x, the time of the last repeat purchase
     * @param age the column of T, the time observed, in the unit of {@code recency}
     * @throws IllegalArgumentException when a value is null or the pattern is invalid
     *     ({@code RfmSummary} states the rules)
     */
    public static RfmPatterns rfmPatterns(
            Dataset<Row> customers, Column frequency, Column recency, Column age) {
        Objects.requireNonNull(customers, "customers");
        List<Row> rows = customers
                .groupBy(
                        Objects.requireNonNull(frequency, "frequency").cast("int"),
                        Objects.requireNonNull(recency, "recency").cast("double"),
                        Objects.requireNonNull(age, "age").cast("double"))
                .count()
                .collectAsList();
        RfmPatterns.Builder patterns = RfmPatterns.builder();
        for (Row row : rows) {
            long count = row.getLong(3);
            int x = requireValue(row, 0, "frequency", count);
            double tx = requireValue(row, 1, "recency", count);
            double t = requireValue(row, 2, "age", count);
            patterns.add(x, tx, t, count);
        }
        return patterns.build();
    }

    /** The risk-set table of rows {@code (stratum, time, events, censored, invalid)}. */
    private static RiskSets riskSets(List<Row> rows) {
        double[] times = new double[rows.size()];
        long[] events = new long[rows.size()];
        long[] censored = new long[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            long invalid = row.getLong(4);
            if (invalid > 0) {
                throw new IllegalArgumentException("event must be true/false or 1/0, was null "
                        + "or another value in " + invalid + " rows");
            }
            events[i] = row.getLong(2);
            censored[i] = row.getLong(3);
            times[i] = requireValue(row, 1, "duration", subjects(row));
        }
        return RiskSets.ofCounts(times, events, censored);
    }

    /** Subjects counted in a row {@code (stratum, time, events, censored, invalid)}. */
    private static long subjects(Row row) {
        return row.getLong(2) + row.getLong(3) + row.getLong(4);
    }

    private static <T> T requireValue(Row row, int index, String column, long rows) {
        if (row.isNullAt(index)) {
            throw new IllegalArgumentException(
                    column + " must not be null, was null in " + rows + " rows");
        }
        return row.getAs(index);
    }
}
