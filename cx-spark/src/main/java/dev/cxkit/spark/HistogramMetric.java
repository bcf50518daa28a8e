package dev.cxkit.spark;

import dev.cxkit.ces.Ces;
import dev.cxkit.csat.Csat;
import dev.cxkit.model.Scale;
import dev.cxkit.nps.Nps;
import dev.cxkit.nps.NpsIntervalMethod;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.spark.Serializables.SerializableFunction;
import dev.cxkit.stats.Confidence;
import java.util.Objects;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * A metric that cx-core reads from a score histogram on one scale, as a Spark struct: the SQL
 * name of its aggregate, the scale, the struct's schema and the function that fills a row.
 */
record HistogramMetric(String name, Scale scale, StructType schema,
        SerializableFunction<ScoreHistogram, Row> row) {

    /** {@link Nps} with its interval at {@code level} by {@code method}. */
    static HistogramMetric nps(double level, NpsIntervalMethod method) {
        checkInterval(level, method);
        return new HistogramMetric("cx_nps", Scale.NPS, NpsStruct.SCHEMA,
                histogram -> NpsStruct.of(Nps.of(histogram), level, method));
    }

    /** {@link Csat} with its intervals at {@code level}. */
    static HistogramMetric csat(double level) {
        Confidence.checkLevel(level);
        return new HistogramMetric("cx_csat", Scale.CSAT, CsatStruct.SCHEMA,
                histogram -> CsatStruct.of(Csat.of(histogram), level));
    }

    /** CES 2.0 {@link Ces} with its intervals at {@code level}. */
    static HistogramMetric ces(double level) {
        Confidence.checkLevel(level);
        return new HistogramMetric("cx_ces", Scale.CES, CesStruct.SCHEMA,
                histogram -> CesStruct.of(Ces.of(histogram), level));
    }

    static void checkInterval(double level, NpsIntervalMethod method) {
        Confidence.checkLevel(level);
        Objects.requireNonNull(method, "method");
    }
}
