package dev.cxkit.spark;

import dev.cxkit.ces.Ces;
import dev.cxkit.csat.Csat;
import dev.cxkit.model.Scale;
import dev.cxkit.nps.Nps;
import dev.cxkit.nps.NpsIntervalMethod;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.spark.Serializables.SerializableFunction;
import dev.cxkit.stats.Confidence;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

import java.util.Objects;

/**
 * A metric that cx-core reads from a score histogram on one scale, as a Spark struct: the SQL
 * name of its aggregate, the scale, the bins whose totals the metric reads, the struct's
 * schema, the function that fills a row from an unweighted histogram and, for NPS, the one
 * metric with a weighted form, the one that fills it from a weighted {@link Nps}
 * ({@code null} otherwise).
 *
 * <p>{@code binStarts} are the first scores of contiguous bins, or {@code null} for one bin
 * per score. NPS reads only the totals of detractors (0..6), passives (7..8) and promoters
 * (9..10), so its aggregates count three bins, not eleven scores, and hand cx-core the
 * histogram holding each bin's total at the bin's first score: cx-core's {@link Nps} of that
 * histogram is the {@code Nps} of the full one (equal counts and weight sums per group).
 *
 * <p>{@code weightedRow} reads an {@link Nps#ofGroupSums} (the weighted aggregate keeps one sum
 * of squared weights per group, not one per NPS group): Kish's effective n and the intervals on
 * it, not the linearization standard error.
 */
record HistogramMetric(
        String name,
        Scale scale,
        int[] binStarts,
        StructType schema,
        SerializableFunction<ScoreHistogram, Row> row,
        SerializableFunction<Nps, Row> weightedRow) {

    /** NPS's detractors, passives and promoters on the 0..10 scale. */
    private static final int[] NPS_GROUPS = {0, 7, 9};

    /** {@link Nps} with its interval at {@code level} by {@code method}, weighted or not. */
    static HistogramMetric nps(double level, NpsIntervalMethod method) {
        checkInterval(level, method);
        return new HistogramMetric(
                "cx_nps",
                Scale.NPS,
                NPS_GROUPS,
                NpsStruct.SCHEMA,
                histogram -> NpsStruct.of(Nps.of(histogram), level, method),
                nps -> NpsStruct.of(nps, level, method));
    }

    /** {@link Csat} with its intervals at {@code level}. */
    static HistogramMetric csat(double level) {
        Confidence.checkLevel(level);
        return new HistogramMetric(
                "cx_csat",
                Scale.CSAT,
                null,
                CsatStruct.SCHEMA,
                histogram -> CsatStruct.of(Csat.of(histogram), level),
                null);
    }

    /** CES 2.0 {@link Ces} with its intervals at {@code level}. */
    static HistogramMetric ces(double level) {
        Confidence.checkLevel(level);
        return new HistogramMetric(
                "cx_ces",
                Scale.CES,
                null,
                CesStruct.SCHEMA,
                histogram -> CesStruct.of(Ces.of(histogram), level),
                null);
    }

    static void checkInterval(double level, NpsIntervalMethod method) {
        Confidence.checkLevel(level);
        Objects.requireNonNull(method, "method");
    }

    /** The SQL name of the weighted aggregate, {@code cx_nps_weighted}. */
    String weightedName() {
        return name + "_weighted";
    }
}
