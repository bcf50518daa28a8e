package dev.cxkit.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.model.Scale;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.score.WeightedScoreHistogram;
import dev.cxkit.testing.Property;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

class HistogramFunctionsTest {

    private static final int TRIALS = 6;
    private static final List<Scale> SCALES = List.of(Scale.NPS, Scale.CSAT, Scale.CES);

    private final SparkSession spark = SharedSpark.session();

    @Test
    void histogramPerGroupEqualsCoreCountsInProcess() {
        Property.check("score histogram per segment", TRIALS, trial -> {
            Scale scale = SCALES.get(trial.index() % SCALES.size());
            Responses responses = Responses.random(trial, scale);
            Dataset<Row> result = responses
                    .toDataFrame(3)
                    .groupBy("segment")
                    .agg(CxFunctions.scoreHistogram(scale, col("score")).as("histogram"));

            assertThat(decodeBySegment(result, "histogram"))
                    .isEqualTo(responses.histogramsBySegment());
        });
    }

    @Test
    void weightedHistogramPerGroupEqualsCoreSumsInProcess() {
        Property.check("weighted score histogram per segment", TRIALS, trial -> {
            Scale scale = SCALES.get(trial.index() % SCALES.size());
            Responses responses = Responses.random(trial, scale);
            List<Row> rows = responses
                    .toDataFrame(3)
                    .groupBy("segment")
                    .agg(CxFunctions.weightedScoreHistogram(scale, col("score"), col("weight")))
                    .collectAsList();

            Responses.assertEachSegment(
                    rows,
                    responses.weightedHistogramsBySegment(),
                    (row, histogram) -> assertSameUpToRounding(
                            WeightedScoreHistogram.fromByteArray(row.getAs(1)), histogram));
        });
    }

    @Test
    void dailyPartialsMergeIntoTheHistogramOfAllDays() {
        Property.check("daily histograms merged per segment", TRIALS, trial -> {
            Responses responses = Responses.random(trial, Scale.NPS);
            responses.toDataFrame(3).createOrReplaceTempView("responses");
            spark.sql("SELECT segment, day, cx_nps_histogram(score) AS daily"
                            + " FROM responses GROUP BY segment, day")
                    .createOrReplaceTempView("daily");
            Dataset<Row> merged = spark.sql("SELECT segment,"
                    + " cx_merge_histograms(daily) AS histogram FROM daily GROUP BY segment");

            assertThat(decodeBySegment(merged, "histogram"))
                    .isEqualTo(responses.histogramsBySegment());
        });
    }

    @Test
    void weightedDailyPartialsMergeIntoTheHistogramOfAllDays() {
        Property.check("weighted daily histograms merged per segment", TRIALS, trial -> {
            Responses responses = Responses.random(trial, Scale.CSAT);
            responses.toDataFrame(3).createOrReplaceTempView("responses");
            spark.sql("SELECT segment, day, cx_csat_weighted_histogram(score, weight) AS daily"
                            + " FROM responses GROUP BY segment, day")
                    .createOrReplaceTempView("daily");
            List<Row> merged = spark.sql("SELECT segment, cx_merge_histograms(daily)"
                            + " FROM daily GROUP BY segment")
                    .collectAsList();

            Responses.assertEachSegment(
                    merged,
                    responses.weightedHistogramsBySegment(),
                    (row, histogram) -> assertSameUpToRounding(
                            WeightedScoreHistogram.fromByteArray(row.getAs(1)), histogram));
        });
    }

    @Test
    void groupWithOnlyMissingScoresGivesTheEmptyHistogram() {
        Dataset<Row> result = spark.sql("SELECT cx_ces_histogram(score)"
                + " FROM VALUES (CAST(NULL AS INT)), (NULL) AS t(score)");

        byte[] bytes = result.first().getAs(0);
        assertThat(ScoreHistogram.fromByteArray(bytes)).isEqualTo(ScoreHistogram.empty(Scale.CES));
    }

    @Test
    void mergeOfOnlyNullsIsNull() {
        Row row = spark.sql("SELECT cx_merge_histograms(CAST(NULL AS BINARY))").first();

        assertThat(row.isNullAt(0)).isTrue();
    }

    @Test
    void bigintScoresAreAccepted() {
        Row row = spark.sql("SELECT cx_nps_histogram(score)"
                        + " FROM VALUES (CAST(10 AS BIGINT)), (9), (0) AS t(score)")
                .first();

        assertThat(ScoreHistogram.fromByteArray(row.getAs(0)))
                .isEqualTo(ScoreHistogram.of(Scale.NPS, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1));
    }

    @Test
    void scoreOffTheScaleFailsTheQueryNamingTheScore() {
        assertThatThrownBy(() -> spark.sql("SELECT cx_csat_histogram(score)"
                                + " FROM VALUES (1), (6) AS t(score)")
                        .collect())
                .hasMessageContaining("cx_csat_histogram: score must be a whole number in 1..5"
                        + " (scale 'csat'), was 6");
    }

    @Test
    void scoreBeyondIntRangeFailsNamingTheValue() {
        assertThatThrownBy(() -> spark.sql("SELECT cx_nps_histogram(score)"
                                + " FROM VALUES (CAST(4294967296 AS BIGINT)) AS t(score)")
                        .collect())
                .hasMessageContaining(
                        "score must be a whole number in 0..10 (scale 'nps')," + " was 4294967296");
    }

    @Test
    void negativeWeightFailsTheQuery() {
        assertThatThrownBy(() -> spark.sql("SELECT cx_nps_weighted_histogram(score, weight)"
                                + " FROM VALUES (9, 1.0), (7, -0.5) AS t(score, weight)")
                        .collect())
                .hasMessageContaining(
                        "cx_nps_weighted_histogram: weight must be 0 or in [1.0E-100, 1.0E100], was -0.5");
    }

    @Test
    void mergingHistogramsOfDifferentScalesFails() {
        spark.sql("SELECT cx_nps_histogram(score) AS h FROM VALUES (9) AS t(score)"
                        + " UNION ALL SELECT cx_csat_histogram(score) FROM VALUES (5) AS t(score)")
                .createOrReplaceTempView("mixed");

        assertThatThrownBy(() ->
                        spark.sql("SELECT cx_merge_histograms(h) FROM mixed").collect())
                .hasMessageContaining(
                        "cx_merge_histograms merges histograms on one scale per" + " group");
    }

    @Test
    void malformedBytesFailTheMerge() {
        assertThatThrownBy(() ->
                        spark.sql("SELECT cx_merge_histograms(X'00010203')").collect())
                .hasMessageContaining("cx_merge_histograms reads the bytes of cx_*_histogram")
                .hasMessageContaining("ScoreHistogram bytes");
    }

    private static Map<String, ScoreHistogram> decodeBySegment(Dataset<Row> result, String column) {
        Map<String, ScoreHistogram> histograms = new TreeMap<>();
        for (Row row : result.collectAsList()) {
            histograms.put(row.getAs("segment"), ScoreHistogram.fromByteArray(row.getAs(column)));
        }
        return histograms;
    }

    /** Counts equal exactly; weight sums, added in another order, to 1e-12 relative. */
    private static void assertSameUpToRounding(
            WeightedScoreHistogram actual, WeightedScoreHistogram expected) {
        assertThat(actual.unweighted()).isEqualTo(expected.unweighted());
        Scale scale = expected.scale();
        for (int score = scale.min(); score <= scale.max(); score++) {
            assertThat(actual.weight(score))
                    .isCloseTo(expected.weight(score), within(1e-12 * expected.totalWeight()));
            assertThat(actual.squaredWeight(score))
                    .isCloseTo(
                            expected.squaredWeight(score),
                            within(1e-12 * expected.totalSquaredWeight()));
        }
    }
}
