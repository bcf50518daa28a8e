package dev.cxkit.spark;

import dev.cxkit.model.Scale;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.score.WeightedScoreHistogram;
import dev.cxkit.spark.Serializables.SerializableFunction;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The scalar functions that finish a group: from the per-bin sums of {@link ScoreColumns}
 * they build cx-core's {@link ScoreHistogram} or {@link WeightedScoreHistogram} and hand it to
 * cx-core (a metric struct) or encode it (the binary form). They run once per group, after
 * Spark's aggregation, so their cost does not grow with the rows.
 */
final class Finishers {

    /** The field that the skipping ({@code try_}) variants add: rows left out as invalid. */
    static final String INVALID = "invalid";

    /** The histogram bytes' field in the struct of the skipping histogram functions. */
    static final String HISTOGRAM = "histogram";

    /** The field of {@link BinAggregate}'s statistics with the count of each bin. */
    static final String COUNTS = "counts";

    /** The field of {@link BinAggregate}'s statistics with the weight sum of each bin. */
    static final String WEIGHTS = "weights";

    /** The field of {@link BinAggregate}'s statistics with the squared-weight sum of each bin. */
    static final String SQUARES = "squares";

    /** The struct of the skipping histogram functions. */
    private static final StructType BYTES_AND_INVALID = new StructType()
            .add(HISTOGRAM, DataTypes.BinaryType, false)
            .add(INVALID, DataTypes.LongType, false);

    private Finishers() {}

    /** The schema of a metric struct, with the {@value #INVALID} count when asked for. */
    static StructType schema(StructType metric, boolean withInvalid) {
        return withInvalid ? metric.add(INVALID, DataTypes.LongType, false) : metric;
    }

    /** The metric struct of the counts of {@code columns}. */
    static Column metric(HistogramMetric metric, ScoreColumns columns, boolean withInvalid) {
        ScaleRef scale = ScaleRef.of(metric.scale());
        int[] bins = metric.binStarts();
        SerializableFunction<ScoreHistogram, Row> row = metric.row();
        UDF1<Row, Row> finish = statistics -> withInvalid(
                row.apply(histogram(scale.scale(), bins, statistics)), withInvalid, statistics);
        return finish(finish, schema(metric.schema(), withInvalid), columns, false);
    }

    /** The weighted metric struct of the sums of {@code columns}. */
    static Column weightedMetric(
            HistogramMetric metric, ScoreColumns columns, boolean withInvalid) {
        ScaleRef scale = ScaleRef.of(metric.scale());
        int[] bins = metric.binStarts();
        SerializableFunction<WeightedScoreHistogram, Row> row = metric.weightedRow();
        UDF1<Row, Row> finish = statistics -> withInvalid(
                row.apply(weighted(scale.scale(), bins, statistics)), withInvalid, statistics);
        return finish(finish, schema(metric.schema(), withInvalid), columns, true);
    }

    /**
     * {@code BINARY}: the {@link ScoreHistogram#toByteArray() binary form} of the counts; with
     * {@code withInvalid}, the struct {@code histogram, invalid}.
     */
    static Column bytes(Scale scale, ScoreColumns columns, boolean withInvalid) {
        ScaleRef ref = ScaleRef.of(scale);
        return encoded(
                statistics -> histogram(ref.scale(), null, statistics).toByteArray(),
                columns,
                withInvalid);
    }

    /**
     * {@code BINARY}: the {@link WeightedScoreHistogram#toByteArray() binary form} of the sums;
     * with {@code withInvalid}, the struct {@code histogram, invalid}.
     */
    static Column weightedBytes(Scale scale, ScoreColumns columns, boolean withInvalid) {
        ScaleRef ref = ScaleRef.of(scale);
        return encoded(
                statistics -> weighted(ref.scale(), null, statistics).toByteArray(),
                columns,
                withInvalid);
    }

    /** The bytes {@code encode} writes of the statistics, with the invalid count when asked. */
    private static Column encoded(
            SerializableFunction<Row, byte[]> encode, ScoreColumns columns, boolean withInvalid) {
        if (!withInvalid) {
            UDF1<Row, byte[]> finish = encode::apply;
            return finish(finish, DataTypes.BinaryType, columns, false);
        }
        UDF1<Row, Row> finish =
                statistics -> RowFactory.create(encode.apply(statistics), invalid(statistics));
        return finish(finish, BYTES_AND_INVALID, columns, false);
    }

    /** {@code finish} of the group's statistics, named after the function. */
    private static Column finish(
            UDF1<Row, ?> finish, DataType type, ScoreColumns columns, boolean pooledSquares) {
        return functions
                .udf(finish, type)
                .asNonNullable()
                .withName(columns.function())
                .apply(columns.statistics(pooledSquares));
    }

    /**
     * The histogram with each bin's count at the bin's first score ({@code bins} null: one
     * bin per score, the histogram itself).
     */
    private static ScoreHistogram histogram(Scale scale, int[] bins, Row statistics) {
        scala.collection.Seq<?> counts = statistics.getAs(COUNTS);
        long[] perScore = new long[scale.points()];
        for (int bin = 0; bin < counts.length(); bin++) {
            perScore[start(scale, bins, bin)] = (Long) counts.apply(bin);
        }
        return ScoreHistogram.of(scale, perScore);
    }

    /**
     * As {@link #histogram}, with the weight sums. When the statistics hold one pooled sum of
     * squared weights, it is shared out among the bins (see {@link #shareSquares}).
     */
    private static WeightedScoreHistogram weighted(Scale scale, int[] bins, Row statistics) {
        scala.collection.Seq<?> counts = statistics.getAs(COUNTS);
        scala.collection.Seq<?> weights = statistics.getAs(WEIGHTS);
        scala.collection.Seq<?> squares = statistics.getAs(SQUARES);
        int size = counts.length();
        long[] binCounts = new long[size];
        double[] binWeights = new double[size];
        double[] binSquares = new double[size];
        for (int bin = 0; bin < size; bin++) {
            binCounts[bin] = (Long) counts.apply(bin);
            binWeights[bin] = (Double) weights.apply(bin);
        }
        if (squares.length() == size) {
            for (int bin = 0; bin < size; bin++) {
                binSquares[bin] = (Double) squares.apply(bin);
            }
        } else {
            binSquares = shareSquares(binCounts, binWeights, (Double) squares.apply(0));
        }
        long[] perScore = new long[scale.points()];
        double[] weightSums = new double[scale.points()];
        double[] squareSums = new double[scale.points()];
        for (int bin = 0; bin < size; bin++) {
            int index = start(scale, bins, bin);
            perScore[index] = binCounts[bin];
            weightSums[index] = binWeights[bin];
            squareSums[index] = binSquares[bin];
        }
        return WeightedScoreHistogram.of(scale, perScore, weightSums, squareSums);
    }

    /**
     * Per-bin sums of squared weights that add up to {@code total} and that the bins' counts
     * and weight sums can have: a bin of {@code c} weights summing to {@code W} has a squared sum
     * in {@code [W^2 / c, W^2]}, and the pooled total lies between the sums of those bounds, so
     * each bin gets its lower bound plus the same fraction of its range. The weighted metrics read
     * the squared weights only through their total (Kish's effective n, the intervals on it), so
     * they are those of the rows; a bin's own squared sum is not the rows' and is never reported.
     */
    static double[] shareSquares(long[] counts, double[] weights, double total) {
        double[] low = new double[counts.length];
        double[] high = new double[counts.length];
        double lowSum = 0;
        double highSum = 0;
        for (int bin = 0; bin < counts.length; bin++) {
            if (weights[bin] > 0) {
                high[bin] = weights[bin] * weights[bin];
                low[bin] = high[bin] / counts[bin];
            }
            lowSum += low[bin];
            highSum += high[bin];
        }
        double fraction = highSum > lowSum
                ? Math.min(1, Math.max(0, (total - lowSum) / (highSum - lowSum)))
                : 0;
        double[] shared = new double[counts.length];
        for (int bin = 0; bin < counts.length; bin++) {
            shared[bin] = low[bin] + fraction * (high[bin] - low[bin]);
        }
        return shared;
    }

    private static int start(Scale scale, int[] bins, int bin) {
        return bins == null ? bin : bins[bin] - scale.min();
    }

    private static long invalid(Row statistics) {
        return statistics.<Long>getAs(INVALID);
    }

    private static Row withInvalid(Row row, boolean withInvalid, Row statistics) {
        if (!withInvalid) {
            return row;
        }
        Object[] values = new Object[row.length() + 1];
        for (int i = 0; i < row.length(); i++) {
            values[i] = row.get(i);
        }
        values[row.length()] = invalid(statistics);
        return RowFactory.create(values);
    }
}
