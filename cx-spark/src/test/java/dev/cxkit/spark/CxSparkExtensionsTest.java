package dev.cxkit.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.ces.Ces;
import dev.cxkit.csat.Csat;
import dev.cxkit.model.Scale;
import dev.cxkit.nps.Nps;
import dev.cxkit.nps.NpsIntervalMethod;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.score.WeightedScoreAccumulator;
import dev.cxkit.score.WeightedScoreHistogram;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.FunctionIdentifier;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * The SQL functions as a user without Java code gets them: the shared session is configured
 * with {@code spark.sql.extensions} only and never registers anything itself.
 */
class CxSparkExtensionsTest {

    /** Every SQL function, each called once by {@link #EVERY_FUNCTION}. */
    private static final List<String> NAMES = List.of(
            "cx_nps",
            "cx_nps_weighted",
            "cx_csat",
            "cx_ces",
            "try_cx_nps",
            "try_cx_nps_weighted",
            "try_cx_csat",
            "try_cx_ces",
            "cx_nps_histogram",
            "cx_nps_weighted_histogram",
            "cx_csat_histogram",
            "cx_csat_weighted_histogram",
            "cx_ces_histogram",
            "cx_ces_weighted_histogram",
            "try_cx_nps_histogram",
            "try_cx_nps_weighted_histogram",
            "try_cx_csat_histogram",
            "try_cx_csat_weighted_histogram",
            "try_cx_ces_histogram",
            "try_cx_ces_weighted_histogram",
            "cx_merge_histograms",
            "try_cx_merge_histograms",
            "cx_nps_of",
            "cx_csat_of",
            "cx_ces_of",
            "try_cx_nps_of",
            "try_cx_csat_of",
            "try_cx_ces_of");

    private static final String EVERY_AGGREGATE = """
            SELECT cx_nps(nps), cx_nps_weighted(nps, weight), cx_csat(csat), cx_ces(ces),
              try_cx_nps(nps), try_cx_nps_weighted(nps, weight), try_cx_csat(csat),
              try_cx_ces(ces), cx_nps_histogram(nps), cx_nps_weighted_histogram(nps, weight),
              cx_csat_histogram(csat), cx_csat_weighted_histogram(csat, weight),
              cx_ces_histogram(ces), cx_ces_weighted_histogram(ces, weight),
              try_cx_nps_histogram(nps), try_cx_nps_weighted_histogram(nps, weight),
              try_cx_csat_histogram(csat), try_cx_csat_weighted_histogram(csat, weight),
              try_cx_ces_histogram(ces), try_cx_ces_weighted_histogram(ces, weight)
            FROM ext_responses""";

    private static final String DAILY = """
            SELECT day, cx_nps_histogram(nps) AS nps, cx_csat_histogram(csat) AS csat,
              cx_ces_histogram(ces) AS ces
            FROM ext_responses GROUP BY day""";

    private static final String ROLLED_UP = """
            SELECT cx_merge_histograms(nps), cx_nps_of(cx_merge_histograms(nps)),
              cx_csat_of(cx_merge_histograms(csat)), cx_ces_of(cx_merge_histograms(ces)),
              try_cx_nps_of(cx_merge_histograms(nps)), try_cx_csat_of(cx_merge_histograms(csat)),
              try_cx_ces_of(cx_merge_histograms(ces)), try_cx_merge_histograms(nps)
            FROM ext_daily""";

    private static final int[][] ROWS = {
        // nps, csat, ces, weight in quarters
        {10, 5, 7, 6}, {9, 4, 6, 2}, {0, 1, 1, 2}, {7, 3, 4, 4}, {6, 2, 3, 1}, {10, 5, 5, 8},
    };

    private final SparkSession spark = SharedSpark.session();

    @Test
    void sessionHasTheFunctionsFromTheExtensionsConfigAlone() {
        assertThat(spark.conf().get("spark.sql.extensions")).isEqualTo(SharedSpark.EXTENSIONS);
        assertThat(CxFunctions.sqlFunctions())
                .extracting(SqlFunction::name)
                .containsExactlyInAnyOrderElementsOf(NAMES);
        List<String> usage = spark.sql("DESCRIBE FUNCTION try_cx_nps_weighted")
                .as(org.apache.spark.sql.Encoders.STRING())
                .collectAsList();
        assertThat(String.join("\n", usage))
                .contains("try_cx_nps_weighted(score, weight)", "invalid");
    }

    @Test
    void everyFunctionRunsInSqlAndEqualsCoreInProcess() {
        StringBuilder values = new StringBuilder();
        for (int[] row : ROWS) {
            values.append(values.isEmpty() ? "" : ", ")
                    .append(String.format(
                            "(%d, %d, %d, %s)", row[0], row[1], row[2], row[3] / 4.0));
        }
        spark.sql("SELECT *, nps % 2 AS day FROM VALUES " + values
                        + " AS t(nps, csat, ces, weight)")
                .createOrReplaceTempView("ext_responses");
        spark.sql(DAILY).createOrReplaceTempView("ext_daily");

        Row row = spark.sql(EVERY_AGGREGATE).first();
        Row rolledUp = spark.sql(ROLLED_UP).first();

        ScoreHistogram nps = histogram(Scale.NPS, 0);
        ScoreHistogram csat = histogram(Scale.CSAT, 1);
        ScoreHistogram ces = histogram(Scale.CES, 2);
        WeightedScoreHistogram weightedNps = weighted(Scale.NPS, 0);
        assertThat(EVERY_AGGREGATE + ROLLED_UP)
                .contains(NAMES.stream().map(n -> " " + n + "(").toList());
        NpsFunctionsTest.assertNps(
                row.getStruct(0), Nps.of(nps), 0.95, NpsIntervalMethod.ADJUSTED_WALD);
        NpsFunctionsTest.assertNps(
                row.getStruct(1), Nps.of(weightedNps), 0.95, NpsIntervalMethod.ADJUSTED_WALD);
        CsatCesFunctionsTest.assertCsat(row.getStruct(2), Csat.of(csat), 0.95);
        CsatCesFunctionsTest.assertCes(row.getStruct(3), Ces.of(ces), 0.95);
        for (int tried = 4; tried < 8; tried++) {
            Row result = row.getStruct(tried);
            Row strict = row.getStruct(tried - 4);
            assertThat(result.<Long>getAs("invalid")).isZero();
            for (int field = 0; field < strict.length(); field++) {
                assertThat(result.get(field)).isEqualTo(strict.get(field));
            }
        }
        assertThat(ScoreHistogram.fromByteArray(row.getAs(8))).isEqualTo(nps);
        assertThat(WeightedScoreHistogram.fromByteArray(row.getAs(9))).isEqualTo(weightedNps);
        assertThat(ScoreHistogram.fromByteArray(row.getAs(10))).isEqualTo(csat);
        assertThat(WeightedScoreHistogram.fromByteArray(row.getAs(11)))
                .isEqualTo(weighted(Scale.CSAT, 1));
        assertThat(ScoreHistogram.fromByteArray(row.getAs(12))).isEqualTo(ces);
        assertThat(WeightedScoreHistogram.fromByteArray(row.getAs(13)))
                .isEqualTo(weighted(Scale.CES, 2));
        for (int tried = 14; tried < 20; tried++) {
            Row result = row.getStruct(tried);
            assertThat(result.<byte[]>getAs("histogram")).isEqualTo(row.<byte[]>getAs(tried - 6));
            assertThat(result.<Long>getAs("invalid")).isZero();
        }
        assertThat(ScoreHistogram.fromByteArray(rolledUp.getAs(0))).isEqualTo(nps);
        for (int tried = 4; tried < 7; tried++) {
            assertThat(rolledUp.getStruct(tried)).isEqualTo(rolledUp.getStruct(tried - 3));
        }
        assertThat(rolledUp.getStruct(7).<byte[]>getAs("histogram"))
                .isEqualTo(rolledUp.<byte[]>getAs(0));
        assertThat(rolledUp.getStruct(7).<Long>getAs("invalid")).isZero();
        NpsFunctionsTest.assertNps(
                rolledUp.getStruct(1), Nps.of(nps), 0.95, NpsIntervalMethod.ADJUSTED_WALD);
        CsatCesFunctionsTest.assertCsat(rolledUp.getStruct(2), Csat.of(csat), 0.95);
        CsatCesFunctionsTest.assertCes(rolledUp.getStruct(3), Ces.of(ces), 0.95);
    }

    @Test
    void registerAddsTheFunctionsToASessionWithoutThem() {
        SparkSession session = spark.newSession();
        var registry = ((org.apache.spark.sql.classic.SparkSession) session)
                .sessionState()
                .functionRegistry();
        for (String name : NAMES) {
            registry.dropFunction(new FunctionIdentifier(name));
        }
        assertThatThrownBy(() -> session.sql("SELECT cx_nps(9)").collect())
                .hasMessageContaining("cx_nps");

        CxFunctions.register(session);

        assertThat(session.sql("SELECT cx_nps(9).nps").first().getDouble(0)).isEqualTo(100.0);
    }

    private static ScoreHistogram histogram(Scale scale, int column) {
        return weighted(scale, column).unweighted();
    }

    private static WeightedScoreHistogram weighted(Scale scale, int column) {
        WeightedScoreAccumulator accumulator = WeightedScoreAccumulator.create(scale);
        for (int[] row : ROWS) {
            accumulator.add(row[column], row[3] / 4.0);
        }
        return accumulator.snapshot();
    }
}
