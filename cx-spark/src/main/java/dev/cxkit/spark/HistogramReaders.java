package dev.cxkit.spark;

import static org.apache.spark.sql.functions.raise_error;
import static org.apache.spark.sql.functions.when;

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
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.Objects;

/**
 * The scalar readers {@code cx_nps_of}, {@code cx_csat_of}, {@code cx_ces_of} and their
 * {@code try_} variants: the metric struct of stored histogram bytes.
 *
 * <p>Bytes that cannot be read (not a cxkit histogram, a histogram on another scale, weighted
 * bytes for a metric that has no weighted form) fail the query through Spark's own
 * {@code raise_error}, so the user sees {@code [USER_RAISED_EXCEPTION]} with cxkit's message
 * rather than Spark's wrapper for an exception thrown inside a function, which names Java
 * classes. The scalar function behind a reader never throws for such bytes: it returns the
 * message beside the metric, and the column raises it. The {@code try_} variants give
 * {@code NULL} instead, as Spark's own {@code try_} functions do.
 */
final class HistogramReaders {

    private static final String ERROR = "error";
    private static final String METRIC = "metric";

    private HistogramReaders() {}

    /**
     * The reader of {@code metric}: {@code NULL} for {@code NULL}; for bytes it cannot read, a
     * query failure naming the problem, or {@code NULL} when {@code isTry}.
     */
    static Column of(HistogramMetric metric, boolean isTry, Column histogram) {
        String name = (isTry ? "try_" : "") + metric.name() + "_of";
        ScaleRef scale = ScaleRef.of(metric.scale());
        SerializableFunction<ScoreHistogram, Row> row = metric.row();
        SerializableFunction<Nps, Row> weightedRow = metric.weightedRow();
        String noWeighted = name + " reads unweighted histograms (cx_*_histogram); these bytes"
                + " are a weighted histogram, and cxkit has no weighted "
                + metric.name().substring("cx_".length());
        UDF1<byte[], Row> reader = bytes -> {
            if (bytes == null) {
                return null;
            }
            try {
                Row result;
                if (!HistogramBytes.isWeighted(bytes)) {
                    ScoreHistogram unweighted = HistogramBytes.unweighted(name, bytes);
                    result =
                            row.apply(onScale(name, scale.scale(), unweighted.scale(), unweighted));
                } else if (weightedRow == null) {
                    throw new IllegalArgumentException(noWeighted);
                } else {
                    WeightedScoreHistogram weighted = HistogramBytes.weighted(name, bytes);
                    result = weightedRow.apply(
                            Nps.of(onScale(name, scale.scale(), weighted.scale(), weighted)));
                }
                return RowFactory.create(null, result);
            } catch (IllegalArgumentException e) {
                return RowFactory.create(e.getMessage(), null);
            }
        };
        StructType outcome = new StructType()
                .add(ERROR, DataTypes.StringType, true)
                .add(METRIC, metric.schema(), true);
        Column read = functions
                .udf(reader, outcome)
                .withName(name)
                .apply(Objects.requireNonNull(histogram, "histogram"));
        Column value = read.getField(METRIC);
        return isTry
                ? value
                : when(read.getField(ERROR).isNotNull(), raise_error(read.getField(ERROR)))
                        .otherwise(value);
    }

    /** {@code histogram} when it lies on {@code expected}, else a message naming both scales. */
    private static <T> T onScale(String function, Scale expected, Scale actual, T histogram) {
        if (!expected.equals(actual)) {
            throw new IllegalArgumentException(function + " reads histograms on the scale "
                    + expected + "; these bytes are a histogram on the scale " + actual);
        }
        return histogram;
    }
}
