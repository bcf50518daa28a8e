package dev.cxkit.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.raise_error;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.cxkit.model.Scale;

import org.apache.spark.sql.Column;

import java.util.Objects;

/**
 * The sufficient statistics of a score column (and its weights) as Spark's own aggregate
 * expressions, which Spark compiles into its code-generated hash aggregation: per score
 * {@code k} of the scale (or per bin of scores, such as NPS's detractors, passives and
 * promoters, when a metric needs no more), {@code count_if(score = k)}, and for weighted
 * scores {@code sum(CASE WHEN score = k THEN weight ELSE 0 END)} and the same sum of squared
 * weights.
 * The group's buffer is these {@code long}s and {@code double}s, so nothing is boxed per row,
 * the aggregation does not fall back to sorting however many groups a task holds, and a
 * streaming aggregation keeps exactly these counts as its state.
 *
 * <p>A score is valid when it is a whole number on the scale (an integer column, or a
 * {@code DECIMAL}, {@code FLOAT} or {@code DOUBLE} holding one); a weight when it is 0 or in
 * [1e-100, 1e100], the range cx-core's {@code WeightedScoreAccumulator.add} takes (so that
 * squared weights stay finite, normal doubles). Rows with a null score (or a null weight) are skipped, as SQL aggregates skip
 * nulls. What happens to other rows depends on {@code skipInvalid}: when false, the first
 * invalid row fails the query with a message naming the function, the value and the scale
 * (Spark's {@code raise_error}); when true, invalid rows are left out of every count and
 * counted by {@link #invalid()}. Immutable.
 */
final class ScoreColumns {

    /** The smallest positive weight cx-core's weighted histograms take. */
    private static final double MIN_WEIGHT = 1e-100;

    /** The largest weight cx-core's weighted histograms take. */
    private static final double MAX_WEIGHT = 1e100;

    private final String function;
    private final String tryFunction;
    private final Scale scale;
    private final int[] binStarts;
    private final boolean skipInvalid;
    private final Column score;
    private final Column weight;

    private ScoreColumns(
            String function,
            String tryFunction,
            Scale scale,
            int[] binStarts,
            boolean skipInvalid,
            Column score,
            Column weight) {
        this.function = Objects.requireNonNull(function, "function");
        this.tryFunction = tryFunction;
        this.scale = Objects.requireNonNull(scale, "scale");
        this.binStarts = binStarts == null ? everyScore(scale) : binStarts.clone();
        this.skipInvalid = skipInvalid;
        this.score = Objects.requireNonNull(score, "score");
        this.weight = weight == null ? null : weight.cast("double");
    }

    /**
     * The statistics of {@code score} on {@code scale} for the SQL function {@code function};
     * {@code tryFunction}, when not null, is named in the failure message as the variant
     * that skips invalid rows. {@code binStarts} are the first scores of contiguous bins
     * (the first is the scale's minimum, the last bin ends at its maximum), or {@code null}
     * for one bin per score.
     */
    static ScoreColumns of(
            String function,
            String tryFunction,
            Scale scale,
            int[] binStarts,
            boolean skipInvalid,
            Column score) {
        return new ScoreColumns(function, tryFunction, scale, binStarts, skipInvalid, score, null);
    }

    /** As {@link #of}, with survey weights ({@code weight} is read as a {@code DOUBLE}). */
    static ScoreColumns weighted(
            String function,
            String tryFunction,
            Scale scale,
            int[] binStarts,
            boolean skipInvalid,
            Column score,
            Column weight) {
        return new ScoreColumns(
                function,
                tryFunction,
                scale,
                binStarts,
                skipInvalid,
                score,
                Objects.requireNonNull(weight, "weight"));
    }

    /** The SQL name of the function these statistics serve. */
    String function() {
        return function;
    }

    /**
     * {@code ARRAY<BIGINT>}: the number of valid rows in each bin. When invalid rows fail the
     * query, the check of every row rides on one aggregate, {@code count} of the checked score,
     * and one bin (the second: NPS's passives, whose range takes two comparisons) is not
     * counted but derived after the aggregation, as the checked rows less the other bins'
     * counts (exact, in {@code long}s). The other bins then need one comparison each, as in the
     * plain {@code count_if} formula.
     */
    Column counts() {
        Column[] counts = new Column[binStarts.length];
        int derived = skipInvalid ? -1 : Math.min(1, counts.length - 1);
        Column others = lit(0L);
        for (int bin = 0; bin < counts.length; bin++) {
            if (bin != derived) {
                Column counted = inBin(bin);
                counts[bin] = count_if(
                        weight == null
                                ? counted
                                : counted.and(skipInvalid ? validWeight() : weight.isNotNull()));
                others = others.plus(counts[bin]);
            }
        }
        if (derived >= 0) {
            counts[derived] = count(checkedScore()).minus(others);
        }
        return array(counts);
    }

    /**
     * {@code ARRAY<DOUBLE>}: the sum of the weights (or, when {@code squared}, of the squared
     * weights) of the valid rows in each bin.
     */
    Column weightSums(boolean squared) {
        if (weight == null) {
            throw new IllegalStateException(function + " has no weight column");
        }
        Column value = squared ? weight.multiply(weight) : weight;
        Column[] sums = new Column[binStarts.length];
        for (int bin = 0; bin < sums.length; bin++) {
            Column counted = skipInvalid ? inBin(bin).and(validWeight()) : inBin(bin);
            // A null weight makes the value null, which sum skips.
            sums[bin] = sum(when(counted, value).otherwise(lit(0.0)));
        }
        return array(sums);
    }

    /**
     * {@code BIGINT}: the number of answered rows (score and weight not null) that are not
     * valid; the constant 0 when invalid rows fail the query.
     */
    Column invalid() {
        if (!skipInvalid) {
            return lit(0L);
        }
        return count_if(answered().and(not(valid())));
    }

    /**
     * Whether the score lies in bin {@code bin}. A score equal to a whole number is whole; a
     * range needs the explicit check when invalid rows are skipped. When they fail the query,
     * every row is checked (see {@link #counts()}) and a query with an invalid row gives no
     * counts at all, so the outer bins need one comparison only.
     */
    private Column inBin(int bin) {
        int from = binStarts[bin];
        int to = bin + 1 < binStarts.length ? binStarts[bin + 1] - 1 : scale.max();
        if (from == to) {
            return score.equalTo(lit(from));
        }
        if (skipInvalid) {
            return score.geq(lit(from)).and(score.leq(lit(to))).and(score.equalTo(floor(score)));
        }
        if (from == scale.min()) {
            return score.leq(lit(to));
        }
        return to == scale.max()
                ? score.geq(lit(from))
                : score.geq(lit(from)).and(score.leq(lit(to)));
    }

    private Column answered() {
        return weight == null ? score.isNotNull() : score.isNotNull().and(weight.isNotNull());
    }

    private Column valid() {
        return weight == null ? validScore() : validScore().and(validWeight());
    }

    /** On the scale and whole; NaN fails the upper bound (Spark orders NaN above all). */
    private Column validScore() {
        return score.geq(lit(scale.min()))
                .and(score.leq(lit(scale.max())))
                .and(score.equalTo(floor(score)));
    }

    /** 0 or in [{@value #MIN_WEIGHT}, {@value #MAX_WEIGHT}]; NaN is above all in Spark's ordering. */
    private Column validWeight() {
        return weight.equalTo(lit(0.0))
                .or(weight.geq(lit(MIN_WEIGHT)).and(weight.leq(lit(MAX_WEIGHT))));
    }

    /**
     * The score of an answered row, a query failure naming the invalid score or weight of one,
     * and {@code NULL} for a row that is not answered (null score or weight).
     */
    private Column checkedScore() {
        Column checked = when(not(answered()), lit(null))
                .when(
                        not(validScore()),
                        raise(
                                "score must be a whole number in " + scale.min() + ".."
                                        + scale.max() + " (scale '" + scale.name() + "'), was ",
                                score));
        if (weight != null) {
            checked = checked.when(
                    not(validWeight()),
                    raise(
                            "weight must be 0 or in [" + MIN_WEIGHT + ", " + MAX_WEIGHT + "], was ",
                            weight));
        }
        return checked.otherwise(score);
    }

    private Column raise(String message, Column value) {
        String hint =
                tryFunction == null ? "" : "; " + tryFunction + " skips such rows and counts them";
        return raise_error(concat(lit(function + ": " + message), value.cast("string"), lit(hint)));
    }

    private static int[] everyScore(Scale scale) {
        int[] starts = new int[scale.points()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = scale.min() + i;
        }
        return starts;
    }
}
