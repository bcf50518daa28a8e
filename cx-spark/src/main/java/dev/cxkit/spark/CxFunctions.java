package dev.cxkit.spark;

import dev.cxkit.ces.Ces;
import dev.cxkit.csat.Csat;
import dev.cxkit.model.Scale;
import dev.cxkit.nps.Nps;
import dev.cxkit.nps.NpsIntervalMethod;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.score.WeightedScoreHistogram;
import dev.cxkit.spark.Serializables.SerializableFunction;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import scala.Tuple2;

/**
 * The cxkit aggregate functions for Spark SQL, built on the cx-core accumulators, so a group's
 * result equals what cx-core computes in process on the same rows.
 *
 * <p>Every factory returns a {@link UserDefinedFunction} for the DataFrame API
 * ({@code df.groupBy("channel").agg(CxFunctions.scoreHistogram(Scale.NPS).apply(col("score")))});
 * {@link #register(SparkSession)} registers them all as SQL functions in one call. Scores are
 * integer columns ({@code TINYINT} to {@code BIGINT}), weights numeric columns; null inputs are
 * skipped, as SQL aggregates skip nulls; a score off the scale or a negative or non-finite
 * weight fails the query with cx-core's {@link IllegalArgumentException}.
 *
 * <p>Histogram bytes are the cx-core binary forms ({@link ScoreHistogram#toByteArray()},
 * {@link WeightedScoreHistogram#toByteArray()}): store them per day, merge them into months
 * with {@link #mergeHistograms()}, decode them anywhere with {@code fromByteArray}.
 *
 * <p>All methods are thread-safe; the functions they return are immutable.
 */
public final class CxFunctions {

    /** The confidence level of the intervals the SQL functions report. */
    public static final double DEFAULT_LEVEL = 0.95;

    /** The built-in instruments that get SQL functions of their own. */
    private static final List<Scale> INSTRUMENTS = List.of(Scale.NPS, Scale.CSAT, Scale.CES);

    private CxFunctions() {}

    /**
     * Aggregate {@code (score) -> BINARY}: the group's {@link ScoreHistogram} on {@code scale},
     * as its binary form. Registered for the built-in instruments as
     * {@code cx_nps_histogram}, {@code cx_csat_histogram} and {@code cx_ces_histogram}.
     */
    public static UserDefinedFunction scoreHistogram(Scale scale) {
        return scoreAggregate(scale, ScoreHistogram::toByteArray, Encoders.BINARY(),
                name(scale, "histogram"));
    }

    /**
     * Aggregate {@code (score, weight) -> BINARY}: the group's {@link WeightedScoreHistogram}
     * on {@code scale}, as its binary form. Rows with a null score or weight are skipped.
     * Registered as {@code cx_nps_weighted_histogram}, {@code cx_csat_weighted_histogram} and
     * {@code cx_ces_weighted_histogram}.
     */
    public static UserDefinedFunction weightedScoreHistogram(Scale scale) {
        return weightedScoreAggregate(scale, WeightedScoreHistogram::toByteArray,
                Encoders.BINARY(), name(scale, "weighted_histogram"));
    }

    /**
     * Aggregate {@code (histogram BINARY) -> BINARY}, registered as
     * {@code cx_merge_histograms}: the sum of a group's {@link ScoreHistogram} binary forms,
     * for example daily partials rolled into months. The scale comes from the bytes; every
     * histogram of a group must be on the same scale. A group of only nulls gives
     * {@code NULL}.
     */
    public static UserDefinedFunction mergeHistograms() {
        HistogramAggregator<byte[], ScoreBuffer, ScoreHistogram, byte[]> aggregator =
                new HistogramAggregator<>(ScoreBuffer::new,
                        (buffer, bytes) -> buffer.merge(ScoreHistogram.fromByteArray(bytes)),
                        ScoreBuffer.class, ScoreHistogram::toByteArray, Encoders.BINARY());
        return functions.udaf(aggregator, Encoders.BINARY()).withName("cx_merge_histograms");
    }

    /**
     * Aggregate {@code (histogram BINARY) -> BINARY}, registered as
     * {@code cx_merge_weighted_histograms}: the sum of a group's
     * {@link WeightedScoreHistogram} binary forms (counts exactly, weight sums in floating
     * point). A group of only nulls gives {@code NULL}.
     */
    public static UserDefinedFunction mergeWeightedHistograms() {
        HistogramAggregator<byte[], WeightedScoreBuffer, WeightedScoreHistogram, byte[]>
                aggregator = new HistogramAggregator<>(WeightedScoreBuffer::new,
                        (buffer, bytes) -> buffer.merge(
                                WeightedScoreHistogram.fromByteArray(bytes)),
                        WeightedScoreBuffer.class, WeightedScoreHistogram::toByteArray,
                        Encoders.BINARY());
        return functions.udaf(aggregator, Encoders.BINARY())
                .withName("cx_merge_weighted_histograms");
    }

    /**
     * Aggregate {@code (score) -> STRUCT}, registered as {@code cx_nps}: the group's
     * {@link Nps} on the 0..10 scale with the standard breaks (detractors 0..6, promoters
     * 9..10), as {@code n, nps, lower, upper, effective_n, detractors, passives, promoters}.
     * The score and the bounds of its 95% {@link NpsIntervalMethod#ADJUSTED_WALD adjusted
     * Wald} interval are in points; they are {@code NULL} for a group without responses.
     */
    public static UserDefinedFunction nps() {
        return nps(DEFAULT_LEVEL, NpsIntervalMethod.ADJUSTED_WALD);
    }

    /** As {@link #nps()}, with the interval at {@code level} (in (0, 1)) by {@code method}. */
    public static UserDefinedFunction nps(double level, NpsIntervalMethod method) {
        return aggregate(HistogramMetric.nps(level, method));
    }

    /**
     * Aggregate {@code (score, weight) -> STRUCT}, registered as {@code cx_nps_weighted}: the
     * group's weighted {@link Nps}, fields as {@link #nps()}. Shares are weight shares and the
     * interval uses Kish's effective n, reported as {@code effective_n}.
     */
    public static UserDefinedFunction weightedNps() {
        return weightedNps(DEFAULT_LEVEL, NpsIntervalMethod.ADJUSTED_WALD);
    }

    /** As {@link #weightedNps()}, with the interval at {@code level} by {@code method}. */
    public static UserDefinedFunction weightedNps(double level, NpsIntervalMethod method) {
        HistogramMetric.checkInterval(level, method);
        return weightedScoreAggregate(Scale.NPS, histogram -> NpsStruct.of(Nps.of(histogram),
                level, method), Encoders.row(NpsStruct.SCHEMA), "cx_nps_weighted");
    }

    /**
     * Scalar {@code (histogram BINARY) -> STRUCT}, registered as {@code cx_nps_of}: the
     * {@link #nps()} struct of an NPS {@link ScoreHistogram}'s binary form, for example of
     * {@code cx_merge_histograms(daily)}; {@code NULL} for {@code NULL}.
     */
    public static UserDefinedFunction npsOf() {
        return npsOf(DEFAULT_LEVEL, NpsIntervalMethod.ADJUSTED_WALD);
    }

    /** As {@link #npsOf()}, with the interval at {@code level} by {@code method}. */
    public static UserDefinedFunction npsOf(double level, NpsIntervalMethod method) {
        return ofHistogram(HistogramMetric.nps(level, method));
    }

    /**
     * Aggregate {@code (score) -> STRUCT}, registered as {@code cx_csat}: the group's
     * {@link Csat} on the 1..5 scale, as {@code n, csat, lower, upper, mean, mean_lower,
     * mean_upper, satisfied, counts}: the top-two-box share (4..5) as a fraction with its 95%
     * Wilson interval, the mean score with its 95% Student's t interval, the number satisfied
     * and the count of each score 1..5. Statistics a group cannot have (all for no response,
     * the mean interval for one) are {@code NULL}.
     */
    public static UserDefinedFunction csat() {
        return csat(DEFAULT_LEVEL);
    }

    /** As {@link #csat()}, with both intervals at {@code level}, in (0, 1). */
    public static UserDefinedFunction csat(double level) {
        return aggregate(HistogramMetric.csat(level));
    }

    /**
     * Scalar {@code (histogram BINARY) -> STRUCT}, registered as {@code cx_csat_of}: the
     * {@link #csat()} struct of a CSAT histogram's binary form; {@code NULL} for {@code NULL}.
     */
    public static UserDefinedFunction csatOf() {
        return csatOf(DEFAULT_LEVEL);
    }

    /** As {@link #csatOf()}, with both intervals at {@code level}. */
    public static UserDefinedFunction csatOf(double level) {
        return ofHistogram(HistogramMetric.csat(level));
    }

    /**
     * Aggregate {@code (score) -> STRUCT}, registered as {@code cx_ces}: the group's CES 2.0
     * {@link Ces} on the 1..7 scale (higher is easier), as {@code n, mean, mean_lower,
     * mean_upper, easy_share, easy_lower, easy_upper, net, easy, hard, counts}: the mean with
     * its 95% Student's t interval, the share who agree (5..7) with its 95% Wilson interval,
     * the net score (agree minus disagree shares), the counts who agree and disagree (1..3) and
     * the count of each score 1..7. Statistics a group cannot have are {@code NULL}.
     */
    public static UserDefinedFunction ces() {
        return ces(DEFAULT_LEVEL);
    }

    /** As {@link #ces()}, with both intervals at {@code level}, in (0, 1). */
    public static UserDefinedFunction ces(double level) {
        return aggregate(HistogramMetric.ces(level));
    }

    /**
     * Scalar {@code (histogram BINARY) -> STRUCT}, registered as {@code cx_ces_of}: the
     * {@link #ces()} struct of a CES histogram's binary form; {@code NULL} for {@code NULL}.
     */
    public static UserDefinedFunction cesOf() {
        return cesOf(DEFAULT_LEVEL);
    }

    /** As {@link #cesOf()}, with both intervals at {@code level}. */
    public static UserDefinedFunction cesOf(double level) {
        return ofHistogram(HistogramMetric.ces(level));
    }

    /**
     * Registers every cxkit function in {@code spark}'s SQL function registry under the name
     * its factory documents, for example
     * {@code SELECT channel, cx_nps_histogram(score) FROM responses GROUP BY channel}.
     */
    public static void register(SparkSession spark) {
        Objects.requireNonNull(spark, "spark");
        for (Scale scale : INSTRUMENTS) {
            register(spark, scoreHistogram(scale));
            register(spark, weightedScoreHistogram(scale));
        }
        register(spark, nps());
        register(spark, weightedNps());
        register(spark, npsOf());
        register(spark, csat());
        register(spark, csatOf());
        register(spark, ces());
        register(spark, cesOf());
        register(spark, mergeHistograms());
        register(spark, mergeWeightedHistograms());
    }

    private static void register(SparkSession spark, UserDefinedFunction function) {
        spark.udf().register(function.name(), function);
    }

    private static <OUT> UserDefinedFunction scoreAggregate(Scale scale,
            SerializableFunction<ScoreHistogram, OUT> finisher, Encoder<OUT> encoder,
            String name) {
        ScaleRef ref = ScaleRef.of(Objects.requireNonNull(scale, "scale"));
        HistogramAggregator<Long, ScoreBuffer, ScoreHistogram, OUT> aggregator =
                new HistogramAggregator<>(() -> ScoreBuffer.empty(ref.scale()), ScoreBuffer::add,
                        ScoreBuffer.class, finisher, encoder);
        return functions.udaf(aggregator, Encoders.LONG()).withName(name);
    }

    private static <OUT> UserDefinedFunction weightedScoreAggregate(Scale scale,
            SerializableFunction<WeightedScoreHistogram, OUT> finisher, Encoder<OUT> encoder,
            String name) {
        ScaleRef ref = ScaleRef.of(Objects.requireNonNull(scale, "scale"));
        HistogramAggregator<Tuple2<Long, Double>, WeightedScoreBuffer, WeightedScoreHistogram,
                OUT> aggregator = new HistogramAggregator<>(
                        () -> WeightedScoreBuffer.empty(ref.scale()),
                        CxFunctions::addWeighted, WeightedScoreBuffer.class, finisher, encoder);
        return functions.udaf(aggregator, Encoders.tuple(Encoders.LONG(), Encoders.DOUBLE()))
                .withName(name);
    }

    private static UserDefinedFunction aggregate(HistogramMetric metric) {
        return scoreAggregate(metric.scale(), metric.row(), Encoders.row(metric.schema()),
                metric.name());
    }

    /** The scalar {@code <name>_of(bytes)}: the metric of a histogram's binary form. */
    private static UserDefinedFunction ofHistogram(HistogramMetric metric) {
        SerializableFunction<ScoreHistogram, Row> row = metric.row();
        UDF1<byte[], Row> decode = bytes -> bytes == null ? null
                : row.apply(ScoreHistogram.fromByteArray(bytes));
        return functions.udf(decode, metric.schema()).withName(metric.name() + "_of");
    }

    private static void addWeighted(WeightedScoreBuffer buffer, Tuple2<Long, Double> row) {
        if (row._1() != null && row._2() != null) {
            buffer.add(row._1(), row._2());
        }
    }

    /** {@code cx_<scale>_<kind>}, the scale's name with anything but letters and digits as _. */
    private static String name(Scale scale, String kind) {
        return "cx_" + scale.name().replaceAll("[^a-z0-9]", "_") + "_" + kind;
    }
}
