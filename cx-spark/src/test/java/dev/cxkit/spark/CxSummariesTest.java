package dev.cxkit.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.clv.RfmPatterns;
import dev.cxkit.survival.RiskSets;
import dev.cxkit.survival.Strata;
import dev.cxkit.testing.Property;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

class CxSummariesTest {

    private static final int TRIALS = 4;

    private final SparkSession spark = SharedSpark.session();

    @Test
    void riskSetsPerStratumEqualCoreTablesInProcess() {
        Property.check("risk sets per stratum", TRIALS, trial -> {
            int subjects = trial.intIn(1, 2000);
            List<Row> rows = new ArrayList<>();
            Map<String, List<double[]>> byStratum = new TreeMap<>();
            for (int i = 0; i < subjects; i++) {
                String stratum = "g" + trial.random().nextInt(3);
                // whole months with ties, now and then a fraction
                double duration =
                        trial.random().nextInt(24) + (trial.random().nextInt(10) == 0 ? 0.5 : 0);
                boolean event = trial.random().nextBoolean();
                rows.add(RowFactory.create(stratum, duration, event));
                byStratum
                        .computeIfAbsent(stratum, k -> new ArrayList<>())
                        .add(new double[] {duration, event ? 1 : 0});
            }
            Dataset<Row> data = spark.createDataFrame(
                            rows,
                            new StructType()
                                    .add("plan", DataTypes.StringType)
                                    .add("months", DataTypes.DoubleType)
                                    .add("churned", DataTypes.BooleanType))
                    .repartition(3);

            Map<String, RiskSets> expected = new TreeMap<>();
            byStratum.forEach((stratum, ofStratum) -> expected.put(stratum, riskSets(ofStratum)));
            Strata<String> strata =
                    CxSummaries.strata(data, col("plan"), col("months"), col("churned"));
            assertThat(strata).isEqualTo(Strata.of(expected));
            assertThat(CxSummaries.riskSets(data, col("months"), col("churned")))
                    .isEqualTo(Strata.of(expected).pooled());
        });
    }

    @Test
    void eventsCodedOneAndZeroCount() {
        RiskSets riskSets = CxSummaries.riskSets(
                spark.sql("SELECT * FROM VALUES (3, 1), (3, 0), (5, 1) AS t(months, status)"),
                col("months"),
                col("status"));

        assertThat(riskSets)
                .isEqualTo(RiskSets.ofCounts(
                        new double[] {3, 5}, new long[] {1, 1}, new long[] {1, 0}));
    }

    @Test
    void emptyDataGiveTheEmptyTable() {
        assertThat(CxSummaries.riskSets(
                        spark.sql("SELECT 1.0 AS months, true AS churned").limit(0),
                        col("months"),
                        col("churned")))
                .isEqualTo(RiskSets.empty());
    }

    @Test
    void missingOrBadValuesAreReportedWithTheirCount() {
        Dataset<Row> nullDuration = spark.sql("SELECT * FROM VALUES (CAST(NULL AS DOUBLE), true),"
                + " (NULL, false), (2.0, true) AS t(months, churned)");
        assertThatThrownBy(() -> CxSummaries.riskSets(nullDuration, col("months"), col("churned")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("duration must not be null, was null in 2 rows");

        Dataset<Row> badEvent = spark.sql("SELECT * FROM VALUES (1.0, 1), (2.0, 2) AS t(m, e)");
        assertThatThrownBy(() -> CxSummaries.riskSets(badEvent, col("m"), col("e")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("event must be true/false or 1/0")
                .hasMessageContaining("in 1 rows");

        Dataset<Row> negative = spark.sql("SELECT -1.0 AS m, true AS e");
        assertThatThrownBy(() -> CxSummaries.riskSets(negative, col("m"), col("e")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1.0");
    }

    @Test
    void rfmPatternsEqualCorePatternsInProcess() {
        Property.check("rfm patterns", TRIALS, trial -> {
            int customers = trial.intIn(50, 3000);
            List<Row> rows = new ArrayList<>();
            RfmPatterns.Builder expected = RfmPatterns.builder();
            for (int i = 0; i < customers; i++) {
                int age = trial.random().nextBoolean() ? 26 : 39;
                int frequency = trial.random().nextInt(5);
                int recency = frequency == 0 ? 0 : 1 + trial.random().nextInt(age);
                rows.add(RowFactory.create(frequency, (double) recency, (double) age));
                expected.add(frequency, recency, age);
            }
            Dataset<Row> data = spark.createDataFrame(
                            rows,
                            new StructType()
                                    .add("x", DataTypes.IntegerType)
                                    .add("t_x", DataTypes.DoubleType)
                                    .add("t", DataTypes.DoubleType))
                    .repartition(3);

            assertThat(CxSummaries.rfmPatterns(data, col("x"), col("t_x"), col("t")))
                    .isEqualTo(expected.build());
        });
    }

    @Test
    void invalidPatternsAreRefusedByCore() {
        Dataset<Row> lastPurchaseAfterEnd = spark.sql("SELECT 2 AS x, 10.0 AS t_x, 5.0 AS t");
        assertThatThrownBy(() -> CxSummaries.rfmPatterns(
                        lastPurchaseAfterEnd, col("x"), col("t_x"), col("t")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("age must be finite and >= recency");

        Dataset<Row> missingAge = spark.sql("SELECT * FROM VALUES (0, 0.0, CAST(NULL AS DOUBLE)),"
                + " (1, 2.0, 3.0) AS t(x, t_x, t)");
        assertThatThrownBy(
                        () -> CxSummaries.rfmPatterns(missingAge, col("x"), col("t_x"), col("t")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("age must not be null, was null in 1 rows");
    }

    private static RiskSets riskSets(List<double[]> subjects) {
        double[] durations = new double[subjects.size()];
        boolean[] events = new boolean[subjects.size()];
        for (int i = 0; i < subjects.size(); i++) {
            durations[i] = subjects.get(i)[0];
            events[i] = subjects.get(i)[1] == 1;
        }
        return RiskSets.of(durations, events);
    }
}
