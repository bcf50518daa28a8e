package dev.cxkit.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.model.Scale;
import dev.cxkit.nps.Nps;
import dev.cxkit.nps.NpsIntervalMethod;
import dev.cxkit.stats.Interval;
import dev.cxkit.testing.Property;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

import java.util.List;

class NpsFunctionsTest {

    private static final int TRIALS = 6;
    private static final double TOLERANCE = 1e-12;

    private final SparkSession spark = SharedSpark.session();

    @Test
    void sqlNpsPerGroupEqualsCoreInProcess() {
        Property.check("cx_nps per segment", TRIALS, trial -> {
            Responses responses = Responses.random(trial, Scale.NPS);
            responses.toDataFrame(3).createOrReplaceTempView("responses");
            List<Row> rows = spark.sql("SELECT segment, cx_nps(score) AS nps"
                            + " FROM responses GROUP BY segment")
                    .collectAsList();

            Responses.assertEachSegment(
                    rows,
                    responses.histogramsBySegment(),
                    (row, histogram) -> assertNps(
                            row.getStruct(1),
                            Nps.of(histogram),
                            CxFunctions.DEFAULT_LEVEL,
                            NpsIntervalMethod.ADJUSTED_WALD));
        });
    }

    @Test
    void dataFrameNpsWithChosenIntervalEqualsCoreInProcess() {
        Property.check("nps(0.9, tango) per segment", TRIALS, trial -> {
            Responses responses = Responses.random(trial, Scale.NPS);
            List<Row> rows = responses
                    .toDataFrame(3)
                    .groupBy("segment")
                    .agg(CxFunctions.nps(col("score"), 0.9, NpsIntervalMethod.TANGO))
                    .collectAsList();

            Responses.assertEachSegment(
                    rows,
                    responses.histogramsBySegment(),
                    (row, histogram) -> assertNps(
                            row.getStruct(1), Nps.of(histogram), 0.9, NpsIntervalMethod.TANGO));
        });
    }

    @Test
    void weightedNpsPerGroupEqualsCoreInProcess() {
        Property.check("cx_nps_weighted per segment", TRIALS, trial -> {
            Responses responses = Responses.random(trial, Scale.NPS);
            responses.toDataFrame(3).createOrReplaceTempView("responses");
            List<Row> rows = spark.sql("SELECT segment, cx_nps_weighted(score, weight)"
                            + " FROM responses GROUP BY segment")
                    .collectAsList();

            Responses.assertEachSegment(
                    rows,
                    responses.weightedHistogramsBySegment(),
                    (row, histogram) -> assertNps(
                            row.getStruct(1),
                            Nps.of(histogram),
                            CxFunctions.DEFAULT_LEVEL,
                            NpsIntervalMethod.ADJUSTED_WALD));
        });
    }

    @Test
    void npsOfMergedDailyHistogramsEqualsNpsOfAllDays() {
        Property.check("cx_nps_of merged histograms", TRIALS, trial -> {
            Responses responses = Responses.random(trial, Scale.NPS);
            responses.toDataFrame(3).createOrReplaceTempView("responses");
            spark.sql("SELECT segment, day, cx_nps_histogram(score) AS daily"
                            + " FROM responses GROUP BY segment, day")
                    .createOrReplaceTempView("daily");
            List<Row> rows = spark.sql("SELECT segment, cx_nps_of(cx_merge_histograms(daily))"
                            + " FROM daily GROUP BY segment")
                    .collectAsList();

            Responses.assertEachSegment(
                    rows,
                    responses.histogramsBySegment(),
                    (row, histogram) -> assertNps(
                            row.getStruct(1),
                            Nps.of(histogram),
                            CxFunctions.DEFAULT_LEVEL,
                            NpsIntervalMethod.ADJUSTED_WALD));
        });
    }

    @Test
    void groupWithoutResponsesHasCountsAndNullStatistics() {
        Row nps = spark.sql("SELECT cx_nps(score) FROM VALUES (CAST(NULL AS INT)) AS t(score)")
                .first()
                .getStruct(0);

        assertThat(nps.<Long>getAs("n")).isZero();
        assertThat(nps.isNullAt(nps.fieldIndex("nps"))).isTrue();
        assertThat(nps.isNullAt(nps.fieldIndex("lower"))).isTrue();
        assertThat(nps.isNullAt(nps.fieldIndex("upper"))).isTrue();
        assertThat(nps.isNullAt(nps.fieldIndex("effective_n"))).isTrue();
        assertThat(nps.<Long>getAs("promoters")).isZero();
    }

    @Test
    void fieldsAreNamedAndOrdered() {
        assertThat(spark.sql("SELECT cx_nps(9)").schema().fields()[0].dataType())
                .isEqualTo(NpsStruct.SCHEMA);
        assertThat(NpsStruct.SCHEMA.fieldNames())
                .containsExactly(
                        "n",
                        "nps",
                        "lower",
                        "upper",
                        "effective_n",
                        "detractors",
                        "passives",
                        "promoters");
    }

    @Test
    void badIntervalArgumentsAreRejectedWhenTheFunctionIsMade() {
        assertThatThrownBy(() -> CxFunctions.nps(col("score"), 1.0, NpsIntervalMethod.WALD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1.0");
        assertThatThrownBy(() -> CxFunctions.weightedNps(col("score"), col("weight"), 0.95, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("method");
    }

    /** Counts equal exactly, derived values to {@value #TOLERANCE} (points and n_eff). */
    static void assertNps(Row actual, Nps expected, double level, NpsIntervalMethod method) {
        assertThat(actual.<Long>getAs("n")).isEqualTo(expected.n());
        assertThat(actual.<Long>getAs("detractors")).isEqualTo(expected.detractors());
        assertThat(actual.<Long>getAs("passives")).isEqualTo(expected.passives());
        assertThat(actual.<Long>getAs("promoters")).isEqualTo(expected.promoters());
        if (expected.isEmpty()) {
            assertThat(actual.isNullAt(actual.fieldIndex("nps"))).isTrue();
            return;
        }
        Interval interval = expected.interval(method, level);
        assertThat(actual.<Double>getAs("nps")).isCloseTo(expected.value(), within(TOLERANCE));
        assertThat(actual.<Double>getAs("lower")).isCloseTo(interval.lower(), within(TOLERANCE));
        assertThat(actual.<Double>getAs("upper")).isCloseTo(interval.upper(), within(TOLERANCE));
        assertThat(actual.<Double>getAs("effective_n"))
                .isCloseTo(expected.effectiveN(), within(TOLERANCE * expected.n()));
    }
}
