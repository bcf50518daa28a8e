package dev.cxkit.spark;

import dev.cxkit.model.Scale;
import dev.cxkit.nps.Nps;
import dev.cxkit.nps.NpsIntervalMethod;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.score.WeightedScoreHistogram;
import dev.cxkit.spark.Serializables.SerializableFunction;
import dev.cxkit.stats.Confidence;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
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

    /** The built-in instruments that get SQL functions of their own. */
    private static final List<Scale> INSTRUMENTS = List.of(Scale.NPS, Scale.CSAT, Scale.CES);

    /** The confidence level of the intervals the SQL functions report. */
    public static final double DEFAULT_LEVEL = 0.95;

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
        checkInterval(level, method);
        return scoreAggregate(Scale.NPS, histogram -> NpsStruct.of(Nps.of(histogram), level,
                method), Encoders.row(NpsStruct.SCHEMA), "cx_nps");
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
        checkInterval(level, method);
        return weightedScoreAggregate(Scale.NPS, histogram -> NpsStruct.of(Nps.of(histogram),
                level, method), Encoders.row(NpsStruct.SCHEMA), "cx_nps_weighted");
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

    private static void checkInterval(double level, NpsIntervalMethod method) {
        Confidence.checkLevel(level);
        Objects.requireNonNull(method, "method");
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
