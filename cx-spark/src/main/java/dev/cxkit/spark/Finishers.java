package dev.cxkit.spark;

import dev.cxkit.model.Scale;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.score.WeightedScoreHistogram;
import dev.cxkit.spark.Serializables.SerializableFunction;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.functions;
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
        UDF2<scala.collection.Seq<?>, Long, Row> finish = (counts, invalid) -> withInvalid(
                row.apply(histogram(scale.scale(), bins, counts)), withInvalid, invalid);
        return functions
                .udf(finish, schema(metric.schema(), withInvalid))
                .asNonNullable()
                .withName(columns.function())
                .apply(columns.counts(), columns.invalid());
    }

    /** The weighted metric struct of the sums of {@code columns}. */
    static Column weightedMetric(
            HistogramMetric metric, ScoreColumns columns, boolean withInvalid) {
        ScaleRef scale = ScaleRef.of(metric.scale());
        int[] bins = metric.binStarts();
        SerializableFunction<WeightedScoreHistogram, Row> row = metric.weightedRow();
        UDF4<scala.collection.Seq<?>, scala.collection.Seq<?>, scala.collection.Seq<?>, Long, Row>
                finish = (counts, weights, squares, invalid) -> withInvalid(
                row.apply(weighted(scale.scale(), bins, counts, weights, squares)),
                withInvalid,
                invalid);
        return functions
                .udf(finish, schema(metric.schema(), withInvalid))
                .asNonNullable()
                .withName(columns.function())
                .apply(
                        columns.counts(),
                        columns.weightSums(false),
                        columns.weightSums(true),
                        columns.invalid());
    }

    /**
     * {@code BINARY}: the {@link ScoreHistogram#toByteArray() binary form} of the counts; with
     * {@code withInvalid}, the struct {@code histogram, invalid}.
     */
    static Column bytes(Scale scale, ScoreColumns columns, boolean withInvalid) {
        ScaleRef ref = ScaleRef.of(scale);
        UDF1<scala.collection.Seq<?>, byte[]> finish =
                counts -> histogram(ref.scale(), null, counts).toByteArray();
        return withInvalidField(
                functions
                        .udf(finish, DataTypes.BinaryType)
                        .asNonNullable()
                        .withName(columns.function())
                        .apply(columns.counts()),
                columns,
                withInvalid);
    }

    /**
     * {@code BINARY}: the {@link WeightedScoreHistogram#toByteArray() binary form} of the sums;
     * with {@code withInvalid}, the struct {@code histogram, invalid}.
     */
    static Column weightedBytes(Scale scale, ScoreColumns columns, boolean withInvalid) {
        ScaleRef ref = ScaleRef.of(scale);
        UDF3<scala.collection.Seq<?>, scala.collection.Seq<?>, scala.collection.Seq<?>, byte[]>
                finish = (counts, weights, squares) ->
                        weighted(ref.scale(), null, counts, weights, squares).toByteArray();
        return withInvalidField(
                functions
                        .udf(finish, DataTypes.BinaryType)
                        .asNonNullable()
                        .withName(columns.function())
                        .apply(
                                columns.counts(),
                                columns.weightSums(false),
                                columns.weightSums(true)),
                columns,
                withInvalid);
    }

    /** {@code bytes}, or the struct of {@code bytes} and the count of invalid rows. */
    private static Column withInvalidField(
            Column bytes, ScoreColumns columns, boolean withInvalid) {
        return withInvalid
                ? functions.struct(bytes.as(HISTOGRAM), columns.invalid().as(INVALID))
                : bytes;
    }

    /**
     * The histogram with each bin's count at the bin's first score ({@code bins} null: one
     * bin per score, the histogram itself).
     */
    private static ScoreHistogram histogram(
            Scale scale, int[] bins, scala.collection.Seq<?> counts) {
        long[] perScore = new long[scale.points()];
        for (int bin = 0; bin < counts.length(); bin++) {
            perScore[start(scale, bins, bin)] = (Long) counts.apply(bin);
        }
        return ScoreHistogram.of(scale, perScore);
    }

    /** As {@link #histogram}, with weight sums; a sum over no row at all (null) is 0. */
    private static WeightedScoreHistogram weighted(
            Scale scale,
            int[] bins,
            scala.collection.Seq<?> counts,
            scala.collection.Seq<?> weights,
            scala.collection.Seq<?> squares) {
        long[] perScore = new long[scale.points()];
        double[] weightSums = new double[scale.points()];
        double[] squareSums = new double[scale.points()];
        for (int bin = 0; bin < counts.length(); bin++) {
            int index = start(scale, bins, bin);
            perScore[index] = (Long) counts.apply(bin);
            weightSums[index] = orZero(weights.apply(bin));
            squareSums[index] = orZero(squares.apply(bin));
        }
        return WeightedScoreHistogram.of(scale, perScore, weightSums, squareSums);
    }

    private static int start(Scale scale, int[] bins, int bin) {
        return bins == null ? bin : bins[bin] - scale.min();
    }

    private static double orZero(Object sum) {
        return sum == null ? 0 : (Double) sum;
    }

    private static Row withInvalid(Row row, boolean withInvalid, Long invalid) {
        if (!withInvalid) {
            return row;
        }
        Object[] values = new Object[row.length() + 1];
        for (int i = 0; i < row.length(); i++) {
            values[i] = row.get(i);
        }
        values[row.length()] = invalid;
        return RowFactory.create(values);
    }
}
