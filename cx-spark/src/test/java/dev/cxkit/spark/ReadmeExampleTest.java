package dev.cxkit.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.survival.KaplanMeier;
import dev.cxkit.survival.RiskSets;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The "Spark" examples of the root README, kept compiling, running and printing as shown. */
class ReadmeExampleTest {

    private final SparkSession spark = SharedSpark.session();

    @Test
    void dataFrameAndSqlExamplesPrintWhatTheReadmeShows() {
        String printed = printedBy(() -> {
            // README DataFrame begin
            Dataset<Row> responses = spark.sql("""
                    SELECT * FROM VALUES
                      (1, 'web', 10), (1, 'web', 9), (1, 'app', 10), (1, 'app', 6), (1, 'app', 5),
                      (2, 'web', 9), (2, 'web', 7), (2, 'web', 3), (2, 'web', 10), (2, 'app', 8),
                      (2, 'app', 9)
                    AS t(day, channel, score)""");
            List<Row> byChannel = responses
                    .groupBy("channel")
                    .agg(CxFunctions.nps(col("score")).as("nps"))
                    .select("channel", "nps.n", "nps.nps", "nps.lower", "nps.upper")
                    .orderBy("channel")
                    .collectAsList();
            for (Row row : byChannel) {
                System.out.printf(
                        "%s n=%d NPS %.1f [%.1f, %.1f]%n",
                        row.getString(0),
                        row.getLong(1),
                        row.getDouble(2),
                        row.getDouble(3),
                        row.getDouble(4));
            }
            // README DataFrame end
            // README SQL begin
            CxFunctions.register(spark);
            responses.createOrReplaceTempView("responses");
            spark.sql("""
                    SELECT day, channel, cx_nps_histogram(score) AS histogram
                    FROM responses GROUP BY day, channel""").createOrReplaceTempView("daily");
            List<Row> rolledUp = spark.sql("""
                    SELECT channel, cx_nps_of(cx_merge_histograms(histogram)) AS nps
                    FROM daily GROUP BY channel ORDER BY channel""").collectAsList();
            for (Row row : rolledUp) {
                Row nps = row.getStruct(1);
                System.out.printf(
                        "%s promoters=%d passives=%d detractors=%d NPS %.1f%n",
                        row.getString(0),
                        nps.<Long>getAs("promoters"),
                        nps.<Long>getAs("passives"),
                        nps.<Long>getAs("detractors"),
                        nps.<Double>getAs("nps"));
            }
            // README SQL end
        });

        // Adjusted Wald bounds by hand (SciPy): n' = n + 3, P' = P + 0.75, D' = D + 0.75,
        // NPS' +- z(0.975) sqrt((p' + d' - (p' - d')^2) / n').
        assertThat(printed.lines())
                .containsExactly(
                        "app n=5 NPS 0.0 [-57.5, 57.5]",
                        "web n=6 NPS 50.0 [-17.7, 84.4]",
                        "app promoters=2 passives=1 detractors=2 NPS 0.0",
                        "web promoters=4 passives=1 detractors=1 NPS 50.0");
    }

    @Test
    void survivalExamplePrintsWhatTheReadmeShows() {
        String printed = printedBy(() -> {
            // README survival begin
            RiskSets table = CxSummaries.riskSets(spark.sql("""
                    SELECT * FROM VALUES (2.0, true), (3.0, true), (3.0, false), (6.0, true),
                      (9.0, false)
                    AS t(months, churned)"""), col("months"), col("churned"));
            KaplanMeier curve = table.kaplanMeier();
            System.out.printf(
                    "S(4) = %.3f, median %.1f months%n",
                    curve.survival(4), curve.median().orElseThrow());
            // README survival end
        });

        // By hand: S(2) = 4/5, S(3) = 4/5 * 3/4 = 0.6, S(6) = 0.6 * 1/2 = 0.3.
        assertThat(printed.lines()).containsExactly("S(4) = 0.600, median 6.0 months");
    }

    private static String printedBy(Runnable example) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            example.run();
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
