package dev.cxkit.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.raise_error;
import static org.apache.spark.sql.functions.when;

import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.classic.ColumnNodeToExpressionConverter$;
import org.apache.spark.sql.classic.ExpressionUtils;

import scala.jdk.javaapi.CollectionConverters;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The sufficient statistics of a score column (and its weights) as one aggregate that Spark
 * compiles into its code-generated hash aggregation ({@link BinAggregate}): per score of the
 * scale (or per bin of scores, such as NPS's detractors, passives and promoters, when a metric
 * needs no more) the number of rows and, for weighted scores, the sums of their weights and
 * squared weights. Each row is checked and given its bin once, by a {@code CASE} expression
 * that Spark compiles too. The group's buffer is these {@code long}s and {@code double}s, so
 * nothing is boxed per row, the aggregation does not fall back to sorting however many groups
 * a task holds, and a streaming aggregation keeps exactly these counts as its state.
 *
 * <p>A score is valid when it is a whole number on the scale (an integer column, or a
 * {@code DECIMAL}, {@code FLOAT} or {@code DOUBLE} holding one); a weight when it is 0 or in
 * [1e-100, 1e100], the range of cx-core's {@code SurveyResponse.isValidWeight} (so that
 * squared weights stay finite, normal doubles). Rows with a null score (or a null weight) are
 * skipped, as SQL aggregates skip nulls. What happens to other rows depends on {@code skipInvalid}: when false, the first
 * invalid row fails the query with a message naming the function, the value and the scale
 * (Spark's {@code raise_error}); when true, invalid rows are left out of every count and
 * counted in the statistics' {@code invalid} field. Immutable.
 */
final class ScoreColumns {

    /** The smallest positive survey weight: cx-core's. */
    private static final double MIN_WEIGHT = SurveyResponse.MIN_WEIGHT;

    /** The largest survey weight: cx-core's. */
    private static final double MAX_WEIGHT = SurveyResponse.MAX_WEIGHT;

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
     * The group's statistics, one {@link BinAggregate}:
     * {@code STRUCT<counts ARRAY<BIGINT>, invalid BIGINT>} with the number of valid rows in each
     * bin and the number of invalid rows (0 when invalid rows fail the query), plus, for weighted
     * scores, {@code weights} and {@code squares ARRAY<DOUBLE>}, the sums of the weights and of
     * the squared weights of the valid rows in each bin; with {@code compact} (weighted NPS
     * groups only), {@code squares} holds one sum, the squared weights of all valid rows, and the
     * group is kept in {@link BinAggregate}'s compact layout.
     */
    Column statistics(boolean compact) {
        List<Expression> arguments = new ArrayList<>();
        arguments.add(expression(coalesce(bin(), lit(-1)).cast("int")));
        if (weight != null) {
            // A row with a null weight is in no bin; its weight is never added.
            arguments.add(expression(coalesce(weight, lit(0.0))));
        }
        BinAggregate aggregate = new BinAggregate(
                CollectionConverters.asScala(arguments).toList(),
                binStarts.length,
                skipInvalid,
                compact,
                function);
        return ExpressionUtils.column(aggregate.toAggregateExpression());
    }

    /**
     * A row's bin: -1 for a row that is not answered (null score or weight); for an invalid row
     * a query failure or, when invalid rows are skipped, the bin past the last, which
     * {@link BinAggregate} counts as invalid; otherwise the bin of the score.
     */
    private Column bin() {
        Column bin = when(not(answered()), lit(-1));
        if (skipInvalid) {
            bin = bin.when(not(valid()), lit(binStarts.length));
        } else {
            bin = bin.when(
                    not(validScore()),
                    raise(
                            "score must be a whole number in " + scale.min() + ".." + scale.max()
                                    + " (scale '" + scale.name() + "'), was ",
                            score));
            if (weight != null) {
                bin = bin.when(
                        not(validWeight()),
                        raise(
                                "weight must be 0 or in [" + MIN_WEIGHT + ", " + MAX_WEIGHT
                                        + "], was ",
                                weight));
            }
        }
        if (binStarts.length == scale.points()) {
            return bin.otherwise(score.minus(lit(scale.min())).cast("int"));
        }
        for (int b = 1; b < binStarts.length; b++) {
            bin = bin.when(score.lt(lit(binStarts[b])), lit(b - 1));
        }
        return bin.otherwise(lit(binStarts.length - 1));
    }

    private static Expression expression(Column column) {
        return ColumnNodeToExpressionConverter$.MODULE$.apply(column.node());
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
