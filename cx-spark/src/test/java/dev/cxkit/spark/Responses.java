package dev.cxkit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.model.Scale;
import dev.cxkit.score.ScoreAccumulator;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.score.WeightedScoreAccumulator;
import dev.cxkit.score.WeightedScoreHistogram;
import dev.cxkit.testing.Property.Trial;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Random survey responses for the Spark tests, held both as a DataFrame spread over several
 * partitions and as rows cx-core can count in process.
 *
 * @param scale the scale of the scores
 * @param rows the responses: segment, day, score (null for a missing answer), weight
 */
record Responses(Scale scale, List<Response> rows) {

    /** Columns of {@link #toDataFrame(int)}. */
    static final StructType SCHEMA = new StructType()
            .add("segment", DataTypes.StringType, false)
            .add("day", DataTypes.IntegerType, false)
            .add("score", DataTypes.IntegerType, true)
            .add("weight", DataTypes.DoubleType, false);

    record Response(String segment, int day, Integer score, double weight) {}

    /**
     * Up to 3000 responses on {@code scale} in up to 5 segments and 4 days; about one score in
     * twenty is missing, weights lie in [0, 3].
     */
    static Responses random(Trial trial, Scale scale) {
        int size = trial.intIn(1, 3000);
        int segments = trial.intIn(1, 5);
        List<Response> rows = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String segment = "s" + trial.random().nextInt(segments);
            int day = 1 + trial.random().nextInt(4);
            Integer score =
                    trial.random().nextInt(20) == 0 ? null : trial.intIn(scale.min(), scale.max());
            rows.add(new Response(segment, day, score, trial.doubleIn(0, 3)));
        }
        return new Responses(scale, List.copyOf(rows));
    }

    Dataset<Row> toDataFrame(int partitions) {
        List<Row> sparkRows = rows.stream()
                .map(r -> RowFactory.create(r.segment(), r.day(), r.score(), r.weight()))
                .toList();
        return SharedSpark.session().createDataFrame(sparkRows, SCHEMA).repartition(partitions);
    }

    /** The histogram of the answered scores per segment, counted by cx-core in process. */
    Map<String, ScoreHistogram> histogramsBySegment() {
        Map<String, ScoreAccumulator> accumulators = new TreeMap<>();
        for (Response row : rows) {
            ScoreAccumulator accumulator = accumulators.computeIfAbsent(
                    row.segment(), k -> ScoreAccumulator.create(scale));
            if (row.score() != null) {
                accumulator.add(row.score());
            }
        }
        Map<String, ScoreHistogram> histograms = new TreeMap<>();
        accumulators.forEach((k, accumulator) -> histograms.put(k, accumulator.snapshot()));
        return histograms;
    }

    /** The weighted histogram of the answered scores per segment, by cx-core in process. */
    Map<String, WeightedScoreHistogram> weightedHistogramsBySegment() {
        Map<String, WeightedScoreAccumulator> accumulators = new TreeMap<>();
        for (Response row : rows) {
            WeightedScoreAccumulator accumulator = accumulators.computeIfAbsent(
                    row.segment(), k -> WeightedScoreAccumulator.create(scale));
            if (row.score() != null) {
                accumulator.add(row.score(), row.weight());
            }
        }
        Map<String, WeightedScoreHistogram> histograms = new TreeMap<>();
        accumulators.forEach((k, accumulator) -> histograms.put(k, accumulator.snapshot()));
        return histograms;
    }

    /**
     * Asserts that {@code rows}, one {@code (segment, result)} row per segment, cover exactly
     * the segments of {@code expected}, and runs {@code assertion} on each row's result with
     * its segment's expected value.
     */
    static <T> void assertEachSegment(
            List<Row> rows, Map<String, T> expected, BiConsumer<Row, T> assertion) {
        assertThat(rows)
                .extracting(row -> row.getString(0))
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (Row row : rows) {
            assertion.accept(row, expected.get(row.getString(0)));
        }
    }
}
