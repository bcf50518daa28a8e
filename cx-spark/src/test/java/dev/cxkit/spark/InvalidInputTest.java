package dev.cxkit.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.model.Scale;
import dev.cxkit.nps.Nps;
import dev.cxkit.score.ScoreAccumulator;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.score.WeightedScoreAccumulator;
import dev.cxkit.score.WeightedScoreHistogram;

import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

/** What a Spark user sees for each kind of bad call or bad row, and the try_ variants. */
class InvalidInputTest {

    private final SparkSession spark = SharedSpark.session();

    @Test
    void wrongNumberOfArgumentsNamesTheSignatures() {
        assertThatThrownBy(
                        () -> spark.sql("SELECT cx_nps(score, 1)" + " FROM VALUES (9) AS t(score)"))
                .isInstanceOf(AnalysisException.class)
                .hasMessageContaining(
                        "cx_nps takes 1 argument, cx_nps(score), but was called" + " with 2")
                .hasMessageContaining("cx_nps_weighted(score, weight)")
                .hasMessageContaining("try_cx_nps(score)");
        assertThatThrownBy(() -> spark.sql("SELECT cx_nps_weighted(9)"))
                .isInstanceOf(AnalysisException.class)
                .hasMessageContaining("cx_nps_weighted takes 2 arguments,"
                        + " cx_nps_weighted(score, weight), but was called with 1");
        assertThatThrownBy(() -> spark.sql("SELECT cx_merge_histograms()"))
                .hasMessageContaining("cx_merge_histograms takes 1 argument,"
                        + " cx_merge_histograms(histogram), but was called with 0");
    }

    @Test
    void nonNumericArgumentsAreRejectedWhenTheQueryIsAnalysed() {
        assertThatThrownBy(() -> spark.sql("SELECT cx_nps(score) FROM VALUES ('9') AS t(score)"))
                .isInstanceOf(AnalysisException.class)
                .hasMessageContaining("cx_nps(score): score must be a number")
                .hasMessageContaining("was STRING score; cast it, e.g. CAST(score AS INT)");
        assertThatThrownBy(() -> spark.sql("SELECT cx_nps_weighted(9, 'heavy')"))
                .hasMessageContaining("weight must be a number, was STRING");
        assertThatThrownBy(() -> spark.sql("SELECT cx_nps_of(9)"))
                .hasMessageContaining("cx_nps_of(histogram): histogram must be BINARY from"
                        + " cx_*_histogram, was INT 9");
    }

    @Test
    void fractionalScoreFailsTheQueryNamingTheValueAndTheTryVariant() {
        assertThat(messages(() -> spark.sql(
                                "SELECT cx_nps(score)" + " FROM VALUES (10.0D), (9.7D) AS t(score)")
                        .collect()))
                .contains("cx_nps: score must be a whole number in 0..10 (scale 'nps'),"
                        + " was 9.7; try_cx_nps skips such rows and counts them");
        assertThat(messages(() -> spark.sql("SELECT cx_csat(score)"
                                + " FROM VALUES (CAST(4.5 AS DECIMAL(3, 1))) AS t(score)")
                        .collect()))
                .contains("cx_csat: score must be a whole number in 1..5 (scale 'csat'),"
                        + " was 4.5");
    }

    @Test
    void wholeDoubleAndDecimalScoresCountAsTheirIntegers() {
        Row nps = spark.sql(
                        "SELECT cx_nps(score) FROM VALUES (10.0D), (9.0D), (6.0D)" + " AS t(score)")
                .first()
                .getStruct(0);
        Row csat = spark.sql("SELECT cx_csat(CAST(score AS DECIMAL(4, 2)))"
                        + " FROM VALUES (5), (4), (1) AS t(score)")
                .first()
                .getStruct(0);

        assertThat(nps.<Long>getAs("promoters")).isEqualTo(2);
        assertThat(nps.<Long>getAs("detractors")).isEqualTo(1);
        assertThat(csat.<Long>getAs("satisfied")).isEqualTo(2);
    }

    @Test
    void scoreOffTheScaleFailsByDefaultAndTryVariantsSkipAndCountIt() {
        assertThat(messages(() -> spark.sql(
                                "SELECT cx_nps(score)" + " FROM VALUES (10), (11) AS t(score)")
                        .collect()))
                .contains("cx_nps: score must be a whole number in 0..10 (scale 'nps'), was 11");

        Row row = spark.sql("SELECT try_cx_nps(score), try_cx_csat(score), try_cx_ces(score)"
                        + " FROM VALUES (10), (11), (-1), (9), (3), (NULL), (7) AS t(score)")
                .first();

        Row nps = row.getStruct(0);
        assertThat(nps.<Long>getAs("n")).isEqualTo(4);
        assertThat(nps.<Long>getAs("invalid"))
                .as("11 and -1; NULL is skipped, not invalid")
                .isEqualTo(2);
        assertThat(nps.<Double>getAs("nps")).isEqualTo(Nps.ofCounts(1, 1, 2).value());
        assertThat(row.getStruct(1).<Long>getAs("n")).as("csat 3").isEqualTo(1);
        assertThat(row.getStruct(1).<Long>getAs("invalid")).isEqualTo(5);
        assertThat(row.getStruct(2).<Long>getAs("n")).as("ces 3 and 7").isEqualTo(2);
        assertThat(row.getStruct(2).<Long>getAs("invalid")).isEqualTo(4);
    }

    @Test
    void tryNpsSkipsFractionalAndNaNScores() {
        Row nps = spark.sql("SELECT try_cx_nps(score) FROM VALUES (9.0D), (7.5D),"
                        + " (CAST('NaN' AS DOUBLE)), (8.0D) AS t(score)")
                .first()
                .getStruct(0);

        assertThat(nps.<Long>getAs("n")).isEqualTo(2);
        assertThat(nps.<Long>getAs("passives")).isEqualTo(1);
        assertThat(nps.<Long>getAs("invalid")).isEqualTo(2);
    }

    @Test
    void badWeightFailsByDefaultAndTheTryVariantSkipsAndCountsIt() {
        assertThat(messages(() -> spark.sql("SELECT cx_nps_weighted(score, weight)"
                                + " FROM VALUES (9, 1.0D), (7, -0.5D) AS t(score, weight)")
                        .collect()))
                .contains("cx_nps_weighted: weight must be 0 or in [1.0E-100, 1.0E100], was -0.5;"
                        + " try_cx_nps_weighted skips such rows and counts them");
        assertThat(messages(() -> spark.sql(
                                "SELECT cx_nps_weighted(score, weight)"
                                        + " FROM VALUES (9, CAST('Infinity' AS DOUBLE)) AS t(score, weight)")
                        .collect()))
                .contains("weight must be 0 or in [1.0E-100, 1.0E100], was Infinity");
        assertThat(messages(() -> spark.sql("SELECT cx_nps_weighted(score, weight)"
                                + " FROM VALUES (9, 1.0E-200D) AS t(score, weight)")
                        .collect()))
                .as("below what cx-core's weighted histogram takes")
                .contains("weight must be 0 or in [1.0E-100, 1.0E100], was 1.0E-200");

        Row nps = spark.sql("SELECT try_cx_nps_weighted(score, weight) FROM VALUES"
                        + " (10, 1.5D), (0, 0.5D), (9, -1.0D), (9, CAST('NaN' AS DOUBLE)), (12, 1.0D),"
                        + " (9, NULL) AS t(score, weight)")
                .first()
                .getStruct(0);

        assertThat(nps.<Long>getAs("n")).isEqualTo(2);
        assertThat(nps.<Long>getAs("invalid")).isEqualTo(3);
        assertThat(nps.<Double>getAs("nps")).isEqualTo(50.0);
    }

    @Test
    void weightedNpsOfExactWeightSharesIsExact() {
        Row nps = spark.sql("SELECT cx_nps_weighted(score, weight) FROM VALUES"
                        + " (10, 1.5D), (0, 0.5D) AS t(score, weight)")
                .first()
                .getStruct(0);

        assertThat(nps.<Double>getAs("nps")).isEqualTo(50.0);
    }

    @Test
    void mergeTakesWeightedBytesAndNpsOfReadsThem() {
        spark.sql("SELECT day, cx_nps_weighted_histogram(score, weight) AS h FROM VALUES"
                        + " (1, 10, 1.5D), (1, 0, 0.5D), (2, 9, 2.0D), (2, 7, 1.0D)"
                        + " AS t(day, score, weight) GROUP BY day")
                .createOrReplaceTempView("w_daily");

        Row row = spark.sql("SELECT cx_merge_histograms(h), cx_nps_of(cx_merge_histograms(h))"
                        + " FROM w_daily")
                .first();

        WeightedScoreHistogram expected = WeightedScoreAccumulator.create(Scale.NPS)
                .add(10, 1.5)
                .add(0, 0.5)
                .add(9, 2)
                .add(7, 1)
                .snapshot();
        assertThat(WeightedScoreHistogram.fromByteArray(row.getAs(0))).isEqualTo(expected);
        assertThat(row.getStruct(1).<Double>getAs("nps"))
                .isEqualTo(Nps.of(expected).value());
        assertThat(row.getStruct(1).<Double>getAs("effective_n"))
                .isEqualTo(Nps.of(expected).effectiveN());
    }

    @Test
    void mergingBothKindsInOneGroupSaysWhatToDo() {
        spark.sql("SELECT cx_nps_histogram(score) AS h FROM VALUES (9) AS t(score)"
                        + " UNION ALL SELECT cx_nps_weighted_histogram(score, 1.0D)"
                        + " FROM VALUES (9) AS t(score)")
                .createOrReplaceTempView("both_kinds");

        assertThat(messages(() -> spark.sql("SELECT cx_merge_histograms(h) FROM both_kinds")
                        .collect()))
                .contains("cx_merge_histograms merges one kind of histogram per group")
                .contains("merge the bytes of cx_*_histogram and of cx_*_weighted_histogram in"
                        + " separate groups");
        assertThat(topMessage(() -> spark.sql("SELECT cx_merge_histograms(h) FROM both_kinds")
                        .collect()))
                .startsWith("[USER_RAISED_EXCEPTION] cx_merge_histograms merges one kind");
    }

    @Test
    void tryMergeSkipsAndCountsBytesThatAreNoHistogram() {
        spark.sql("SELECT cx_nps_histogram(score) AS h FROM VALUES (9), (6) AS t(score)"
                        + " UNION ALL SELECT X'00010203' UNION ALL SELECT NULL"
                        + " UNION ALL SELECT cx_nps_histogram(score) FROM VALUES (10) AS t(score)")
                .createOrReplaceTempView("some_bad_bytes");

        Row merged = spark.sql("SELECT try_cx_merge_histograms(h) FROM some_bad_bytes")
                .first()
                .getStruct(0);

        assertThat(ScoreHistogram.fromByteArray(merged.getAs("histogram")))
                .isEqualTo(
                        ScoreAccumulator.create(Scale.NPS).add(9).add(6).add(10).snapshot());
        assertThat(merged.<Long>getAs("invalid"))
                .as("the bad bytes; NULL is skipped")
                .isEqualTo(1);
        assertThat(topMessage(() -> spark.sql("SELECT cx_merge_histograms(h) FROM some_bad_bytes")
                        .collect()))
                .startsWith("[USER_RAISED_EXCEPTION] cx_merge_histograms reads the bytes of"
                        + " cx_*_histogram or cx_*_weighted_histogram, but these are not");
    }

    @Test
    void csatOfWeightedBytesSaysThereIsNoWeightedCsat() {
        assertThat(messages(() -> spark.sql("SELECT cx_csat_of(cx_csat_weighted_histogram("
                                + "score, 1.0D)) FROM VALUES (5) AS t(score)")
                        .collect()))
                .contains("cx_csat_of reads unweighted histograms (cx_*_histogram); these"
                        + " bytes are a weighted histogram, and cxkit has no weighted csat");
    }

    @Test
    void bytesThatAreNoHistogramFailNamingTheFunction() {
        assertThat(messages(() -> spark.sql("SELECT cx_nps_of(X'00010203')").collect()))
                .contains("cx_nps_of reads the bytes of cx_*_histogram or"
                        + " cx_*_weighted_histogram, but these are not");
    }

    @Test
    void tryHistogramsSkipAndCountInvalidRows() {
        String rows = " FROM VALUES (10.0D, 1.5D), (11.0D, 1.0D), (9.5D, 1.0D), (0.0D, 0.5D),"
                + " (9.0D, -1.0D), (9.0D, 1.0E-200D), (NULL, 1.0D) AS t(score, weight)";
        assertThat(messages(
                        () -> spark.sql("SELECT cx_nps_histogram(score)" + rows).collect()))
                .contains("cx_nps_histogram: score must be a whole number in 0..10 (scale 'nps'),"
                        + " was 11.0; try_cx_nps_histogram skips such rows and counts them");
        assertThat(messages(() -> spark.sql("SELECT cx_csat_weighted_histogram(4, weight)" + rows)
                        .collect()))
                .contains("cx_csat_weighted_histogram: weight must be 0 or in [1.0E-100, 1.0E100],"
                        + " was -1.0; try_cx_csat_weighted_histogram skips such rows");

        Row row = spark.sql("SELECT try_cx_nps_histogram(score),"
                        + " try_cx_nps_weighted_histogram(score, weight)" + rows)
                .first();

        Row plain = row.getStruct(0);
        Row weighted = row.getStruct(1);
        assertThat(ScoreHistogram.fromByteArray(plain.getAs("histogram")))
                .isEqualTo(ScoreAccumulator.create(Scale.NPS)
                        .add(10)
                        .add(0)
                        .add(9)
                        .add(9)
                        .snapshot());
        assertThat(plain.<Long>getAs("invalid")).as("11 and 9.5").isEqualTo(2);
        assertThat(WeightedScoreHistogram.fromByteArray(weighted.getAs("histogram")))
                .isEqualTo(WeightedScoreAccumulator.create(Scale.NPS)
                        .add(10, 1.5)
                        .add(0, 0.5)
                        .snapshot());
        assertThat(weighted.<Long>getAs("invalid"))
                .as("11, 9.5, weight -1 and weight 1e-200")
                .isEqualTo(4);
    }

    @Test
    void readersFailWithSparksOwnErrorAndTheCxkitMessageAlone() {
        String shown =
                topMessage(() -> spark.sql("SELECT cx_nps_of(X'00010203')").collect());

        assertThat(shown)
                .startsWith("[USER_RAISED_EXCEPTION] cx_nps_of reads the bytes of cx_*_histogram"
                        + " or cx_*_weighted_histogram, but these are not:")
                .doesNotContain("FAILED_EXECUTE_UDF", "Lambda", "dev.cxkit", "Exception");
        assertThat(topMessage(() ->
                        spark.sql("SELECT cx_ces_of(cx_csat_histogram(5))").collect()))
                .startsWith("[USER_RAISED_EXCEPTION] cx_ces_of reads histograms on the scale"
                        + " ces 1..7; these bytes are a histogram on the scale csat 1..5");
        assertThat(topMessage(() -> spark.sql(
                                "SELECT cx_csat_of(cx_csat_weighted_histogram(5," + " 1.0D))")
                        .collect()))
                .startsWith("[USER_RAISED_EXCEPTION] cx_csat_of reads unweighted histograms");
    }

    @Test
    void tryReadersGiveNullForBytesTheyCannotRead() {
        Row row = spark.sql("SELECT try_cx_nps_of(X'00010203'),"
                        + " try_cx_csat_of(cx_nps_histogram(9)),"
                        + " try_cx_ces_of(cx_ces_weighted_histogram(5, 1.0D)),"
                        + " try_cx_nps_of(cx_nps_histogram(9)).nps, try_cx_nps_of(NULL)")
                .first();

        assertThat(row.isNullAt(0)).isTrue();
        assertThat(row.isNullAt(1)).as("NPS bytes for CSAT").isTrue();
        assertThat(row.isNullAt(2)).as("no weighted CES").isTrue();
        assertThat(row.getDouble(3)).isEqualTo(100.0);
        assertThat(row.isNullAt(4)).isTrue();
    }

    /**
     * The message of the exception a query's caller gets, without its causes: what
     * {@code spark-sql} and PySpark print.
     */
    static String topMessage(Runnable action) {
        try {
            action.run();
        } catch (Exception e) {
            return e.getMessage();
        }
        throw new AssertionError("expected the query to fail");
    }

    /** The messages of {@code action}'s exception and its causes, one per line. */
    static String messages(Runnable action) {
        List<String> messages = new ArrayList<>();
        try {
            action.run();
        } catch (Exception e) { // Spark throws its checked SparkException from collect()
            for (Throwable t = e; t != null; t = t.getCause()) {
                messages.add(String.valueOf(t.getMessage()));
            }
            return String.join("\n", messages);
        }
        throw new AssertionError("expected the query to fail");
    }
}
