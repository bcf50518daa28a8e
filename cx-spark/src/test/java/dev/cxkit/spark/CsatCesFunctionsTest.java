package dev.cxkit.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.ces.Ces;
import dev.cxkit.csat.Csat;
import dev.cxkit.model.Scale;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.stats.Interval;
import dev.cxkit.testing.Property;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

class CsatCesFunctionsTest {

    private static final int TRIALS = 6;
    private static final double TOLERANCE = 1e-12;

    private final SparkSession spark = SharedSpark.session();

    @Test
    void sqlCsatPerGroupEqualsCoreInProcess() {
        Property.check("cx_csat per segment", TRIALS, trial -> {
            Responses responses = Responses.random(trial, Scale.CSAT);
            responses.toDataFrame(3).createOrReplaceTempView("responses");
            List<Row> rows = spark.sql(
                            "SELECT segment, cx_csat(score)" + " FROM responses GROUP BY segment")
                    .collectAsList();

            Responses.assertEachSegment(
                    rows,
                    responses.histogramsBySegment(),
                    (row, histogram) -> assertCsat(row.getStruct(1), Csat.of(histogram), 0.95));
        });
    }

    @Test
    void dataFrameCesPerGroupEqualsCoreInProcess() {
        Property.check("ces(0.9) per segment", TRIALS, trial -> {
            Responses responses = Responses.random(trial, Scale.CES);
            List<Row> rows = responses
                    .toDataFrame(3)
                    .groupBy("segment")
                    .agg(CxFunctions.ces(col("score"), 0.9))
                    .collectAsList();

            Responses.assertEachSegment(
                    rows,
                    responses.histogramsBySegment(),
                    (row, histogram) -> assertCes(row.getStruct(1), Ces.of(histogram), 0.9));
        });
    }

    @Test
    void metricsOfMergedDailyHistogramsEqualTheMetricsOfAllDays() {
        Property.check("cx_csat_of and cx_ces_of merged histograms", TRIALS, trial -> {
            Scale scale = trial.index() % 2 == 0 ? Scale.CSAT : Scale.CES;
            Responses responses = Responses.random(trial, scale);
            responses.toDataFrame(3).createOrReplaceTempView("responses");
            String name = scale.name();
            spark.sql("SELECT segment, day, cx_" + name + "_histogram(score) AS daily"
                            + " FROM responses GROUP BY segment, day")
                    .createOrReplaceTempView("daily");
            List<Row> rows = spark.sql("SELECT segment, cx_" + name
                            + "_of(cx_merge_histograms(daily)) FROM daily GROUP BY segment")
                    .collectAsList();

            Responses.assertEachSegment(rows, responses.histogramsBySegment(), (row, histogram) -> {
                if (scale.equals(Scale.CSAT)) {
                    assertCsat(row.getStruct(1), Csat.of(histogram), 0.95);
                } else {
                    assertCes(row.getStruct(1), Ces.of(histogram), 0.95);
                }
            });
        });
    }

    @Test
    void oneResponseHasNoMeanInterval() {
        Row csat = spark.sql("SELECT cx_csat(4)").first().getStruct(0);

        assertThat(csat.<Long>getAs("n")).isEqualTo(1);
        assertThat(csat.<Double>getAs("csat")).isEqualTo(1.0);
        assertThat(csat.<Double>getAs("mean")).isEqualTo(4.0);
        assertThat(csat.isNullAt(csat.fieldIndex("mean_lower"))).isTrue();
        assertThat(csat.isNullAt(csat.fieldIndex("mean_upper"))).isTrue();
        assertThat(csat.<Long>getList(csat.fieldIndex("counts")))
                .containsExactly(0L, 0L, 0L, 1L, 0L);
    }

    @Test
    void groupWithoutResponsesHasCountsAndNullStatistics() {
        Row ces = spark.sql("SELECT cx_ces(score) FROM VALUES (CAST(NULL AS INT)) AS t(score)")
                .first()
                .getStruct(0);

        assertThat(ces.<Long>getAs("n")).isZero();
        for (String field : List.of(
                "mean",
                "mean_lower",
                "mean_upper",
                "easy_share",
                "easy_lower",
                "easy_upper",
                "net")) {
            assertThat(ces.isNullAt(ces.fieldIndex(field))).as(field).isTrue();
        }
        assertThat(ces.<Long>getList(ces.fieldIndex("counts"))).containsOnly(0L).hasSize(7);
    }

    @Test
    void nullHistogramGivesNullMetric() {
        Row row = spark.sql("SELECT cx_csat_of(CAST(NULL AS BINARY)),"
                        + " cx_ces_of(CAST(NULL AS BINARY))")
                .first();

        assertThat(row.isNullAt(0)).isTrue();
        assertThat(row.isNullAt(1)).isTrue();
    }

    static void assertCsat(Row actual, Csat expected, double level) {
        assertThat(actual.<Long>getAs("n")).isEqualTo(expected.n());
        assertThat(actual.<Long>getAs("satisfied")).isEqualTo(expected.satisfied());
        assertCounts(actual, expected.histogram());
        if (expected.isEmpty()) {
            assertThat(actual.isNullAt(actual.fieldIndex("csat"))).isTrue();
            return;
        }
        assertClose(actual, "csat", expected.value());
        assertBounds(actual, "lower", "upper", expected.interval(level));
        assertClose(actual, "mean", expected.mean().value());
        if (expected.n() > 1) {
            assertBounds(actual, "mean_lower", "mean_upper", expected.mean().interval(level));
        }
    }

    static void assertCes(Row actual, Ces expected, double level) {
        assertThat(actual.<Long>getAs("n")).isEqualTo(expected.n());
        assertThat(actual.<Long>getAs("easy")).isEqualTo(expected.easy().count());
        assertThat(actual.<Long>getAs("hard")).isEqualTo(expected.hard().count());
        assertCounts(actual, expected.histogram());
        if (expected.isEmpty()) {
            assertThat(actual.isNullAt(actual.fieldIndex("mean"))).isTrue();
            return;
        }
        assertClose(actual, "mean", expected.mean().value());
        assertClose(actual, "easy_share", expected.easy().value());
        assertClose(actual, "net", expected.net());
        assertBounds(actual, "easy_lower", "easy_upper", expected.easy().interval(level));
        if (expected.n() > 1) {
            assertBounds(actual, "mean_lower", "mean_upper", expected.mean().interval(level));
        }
    }

    private static void assertCounts(Row actual, ScoreHistogram expected) {
        assertThat(actual.<Long>getList(actual.fieldIndex("counts")))
                .isEqualTo(Arrays.stream(expected.counts()).boxed().toList());
    }

    private static void assertBounds(Row actual, String lower, String upper, Interval expected) {
        assertClose(actual, lower, expected.lower());
        assertClose(actual, upper, expected.upper());
    }

    private static void assertClose(Row actual, String field, double expected) {
        assertThat(actual.<Double>getAs(field)).as(field).isCloseTo(expected, within(TOLERANCE));
    }
}
