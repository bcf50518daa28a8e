package dev.cxkit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import com.google.common.testing.SerializableTester;

import dev.cxkit.model.Scale;
import dev.cxkit.score.ScoreAccumulator;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSessionExtensions;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.Literal;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;

import scala.jdk.javaapi.CollectionConverters;

import java.util.List;

/**
 * guava-testlib over cx-spark: {@link NullPointerTester} over the public functions, summaries
 * and session extensions (each refuses a null argument with {@link NullPointerException} naming
 * it, before Spark plans anything), and {@link SerializableTester} over the classes Spark ships
 * to its executors by Java serialization inside a query plan: the histogram aggregate
 * expression, the merge aggregator and the scale reference. Each comes back equal, or, where it
 * has no equality, doing the same work.
 */
class ValueContractTest {

    private final NullPointerTester tester = new NullPointerTester()
            .setDefault(Column.class, functions.col("score"))
            .setDefault(Scale.class, Scale.NPS)
            // A confidence level the functions take, so that only the null is refused
            .setDefault(double.class, 0.95);

    @Test
    void functionsRefuseNull() {
        tester.testAllPublicStaticMethods(CxFunctions.class);
    }

    @Test
    void summariesRefuseNull() {
        Dataset<Row> data = SharedSpark.session().sql("SELECT 3.0 AS score");
        new NullPointerTester()
                .setDefault(Column.class, functions.col("score"))
                .setDefault(Dataset.class, data)
                .testAllPublicStaticMethods(CxSummaries.class);
    }

    @Test
    void theExtensionsRefuseNull() throws NoSuchMethodException {
        // Only apply: the other methods are Scala's Function1 defaults (compose, andThen)
        tester.testMethod(
                new CxSparkExtensions(),
                CxSparkExtensions.class.getMethod("apply", SparkSessionExtensions.class));
    }

    @Test
    void theHistogramAggregateComesBackEqualFromJavaSerialization() {
        Expression bin = Literal.create(3, DataTypes.IntegerType);
        Expression weight = Literal.create(1.5, DataTypes.DoubleType);
        // Every buffer layout: counts only, counts with weights per bin, the compact weighted one
        List<List<Expression>> arguments = List.of(List.of(bin), List.of(bin, weight));
        for (List<Expression> expressions : arguments) {
            boolean weighted = expressions.size() == 2;
            for (boolean compact : weighted ? new boolean[] {false, true} : new boolean[] {false}) {
                for (boolean countsInvalid : new boolean[] {false, true}) {
                    BinAggregate aggregate = new BinAggregate(
                            CollectionConverters.asScala(expressions).toList(),
                            3,
                            countsInvalid,
                            compact,
                            weighted ? "cx_nps_weighted" : "cx_nps");
                    BinAggregate copy = SerializableTester.reserializeAndAssert(aggregate);
                    assertThat(copy.aggBufferAttributes())
                            .isEqualTo(aggregate.aggBufferAttributes());
                }
            }
        }
    }

    @Test
    void theScaleReferenceComesBackEqual() {
        ScaleRef scale = ScaleRef.of(Scale.of("effort", 1, 7));
        assertThat(SerializableTester.reserializeAndAssert(scale).scale())
                .isEqualTo(Scale.of("effort", 1, 7));
    }

    @Test
    void theMergeAggregatorMergesTheSameAfterJavaSerialization() {
        byte[] bytes = ScoreAccumulator.create(Scale.NPS)
                .addAll(new int[] {10, 9, 3})
                .snapshot()
                .toByteArray();
        for (boolean skipUnreadable : new boolean[] {false, true}) {
            MergeAggregator copy =
                    SerializableTester.reserialize(new MergeAggregator(skipUnreadable));
            MergeBuffer merged = copy.reduce(copy.reduce(copy.zero(), bytes), bytes);
            assertThat(merged.getBytes())
                    .isEqualTo(ScoreAccumulator.create(Scale.NPS)
                            .addAll(new int[] {10, 9, 3, 10, 9, 3})
                            .snapshot()
                            .toByteArray());
        }
    }
}
