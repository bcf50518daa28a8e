package dev.cxkit.spark;

import dev.cxkit.model.Scale;
import dev.cxkit.nps.Nps;
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
 * they build cx-core's {@link ScoreHistogram}, {@link WeightedScoreHistogram} or, for weighted
 * NPS, {@link Nps#ofGroupSums} and hand it to cx-core (a metric struct) or encode it (the binary
 * form). They run once per group, after
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

    /**
     * The field of {@link BinAggregate}'s statistics with the squared-weight sum of each bin, or
     * of the whole group in the compact layout.
     */
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

    /**
     * The weighted NPS struct of the sums of {@code columns}, kept in {@link BinAggregate}'s
     * compact layout: the three NPS groups' counts and weight sums, and the group's one sum of
     * squared weights, as {@link Nps#ofGroupSums} takes them.
     */
    static Column weightedNps(HistogramMetric metric, ScoreColumns columns, boolean withInvalid) {
        SerializableFunction<Nps, Row> row = metric.weightedRow();
        UDF1<Row, Row> finish = statistics ->
                withInvalid(row.apply(groupSums(statistics)), withInvalid, statistics);
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
            UDF1<Row, ?> finish, DataType type, ScoreColumns columns, boolean compact) {
        return functions
                .udf(finish, type)
                .asNonNullable()
                .withName(columns.function())
                .apply(columns.statistics(compact));
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

    /** As {@link #histogram}, with each bin's weight sum and squared-weight sum. */
    private static WeightedScoreHistogram weighted(Scale scale, int[] bins, Row statistics) {
        scala.collection.Seq<?> counts = statistics.getAs(COUNTS);
        scala.collection.Seq<?> weights = statistics.getAs(WEIGHTS);
        scala.collection.Seq<?> squares = statistics.getAs(SQUARES);
        long[] perScore = new long[scale.points()];
        double[] weightSums = new double[scale.points()];
        double[] squareSums = new double[scale.points()];
        for (int bin = 0; bin < counts.length(); bin++) {
            int index = start(scale, bins, bin);
            perScore[index] = (Long) counts.apply(bin);
            weightSums[index] = (Double) weights.apply(bin);
            squareSums[index] = (Double) squares.apply(bin);
        }
        return WeightedScoreHistogram.of(scale, perScore, weightSums, squareSums);
    }

    /** The weighted NPS of the compact statistics of detractors, passives and promoters. */
    private static Nps groupSums(Row statistics) {
        scala.collection.Seq<?> counts = statistics.getAs(COUNTS);
        scala.collection.Seq<?> weights = statistics.getAs(WEIGHTS);
        scala.collection.Seq<?> squares = statistics.getAs(SQUARES);
        return Nps.ofGroupSums(
                (Long) counts.apply(0),
                (Long) counts.apply(1),
                (Long) counts.apply(2),
                (Double) weights.apply(0),
                (Double) weights.apply(1),
                (Double) weights.apply(2),
                (Double) squares.apply(0));
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
