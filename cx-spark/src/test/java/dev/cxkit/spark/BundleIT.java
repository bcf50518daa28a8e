package dev.cxkit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

/**
 * The bundle jar ({@code cx-spark-VERSION-bundle.jar}) is all a Spark installation needs: a
 * JVM whose class path holds Spark's jars and the bundle, but neither cx-spark's classes nor
 * cx-core nor Hipparchus, runs the SQL functions from the {@code spark.sql.extensions} setting
 * alone.
 */
class BundleIT {

    @Test
    void sparkWithOnlyTheBundleRunsTheFunctionsFromTheExtensionsSetting() throws Exception {
        List<String> classPath = new ArrayList<>(SparkJvm.sparkClassPath());
        classPath.add(SparkJvm.bundle().toString());

        String printed = SparkJvm.run(
                classPath,
                List.of(
                        "spark.master=local[1]",
                        "spark.ui.enabled=false",
                        "spark.driver.host=127.0.0.1",
                        "spark.driver.bindAddress=127.0.0.1",
                        "spark.sql.extensions=dev.cxkit.spark.CxSparkExtensions"),
                BundleSmoke.class.getName(),
                List.of(
                        "-e",
                        "SELECT cx_nps(score).nps, cx_nps_weighted(score, 1.5D).effective_n,"
                                + " try_cx_nps(score - 1).invalid, cx_csat(score % 5 + 1).n,"
                                + " cx_nps_of(cx_nps_histogram(score)).promoters"
                                + " FROM VALUES (10), (9), (0), (7) AS t(score)"));

        // Two promoters, one passive, one detractor: NPS 25; four equal weights: n_eff 4;
        // score - 1 puts 0 at -1, off the scale.
        assertThat(printed.lines()).as(printed).contains("25.0\t4.0\t1\t4\t2");
    }
}
