package dev.cxkit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.InputAdapter;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.WholeStageCodegenExec;
import org.apache.spark.sql.execution.adaptive.AdaptiveSparkPlanExec;
import org.apache.spark.sql.execution.adaptive.QueryStageExec;
import org.apache.spark.sql.execution.aggregate.BaseAggregateExec;
import org.apache.spark.sql.execution.aggregate.HashAggregateExec;
import org.junit.jupiter.api.Test;

import scala.jdk.javaapi.CollectionConverters;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every score aggregate runs as Spark's code-generated hash aggregation: in the plan Spark
 * executed (adaptive execution on, as by default), each aggregation step is a
 * {@link HashAggregateExec} (not the object hash or sort aggregate that an {@code Aggregator}
 * under {@code functions.udaf} gets) over cxkit's {@link BinAggregate}, inside a whole-stage
 * code-generated stage. A function that fell back to a udaf, or an aggregate that Spark could
 * no longer compile, fails here.
 */
class AggregatePlanTest {

    private final SparkSession spark = SharedSpark.session();

    @Test
    void everyScoreAggregateIsACodeGeneratedHashAggregate() {
        spark.sql("SELECT * FROM VALUES ('a', 5, 1.0D), ('b', 3, 2.0D), ('a', 1, 0.5D)"
                        + " AS t(segment, score, weight)")
                .createOrReplaceTempView("plan_responses");
        List<SqlFunction> aggregates = CxFunctions.sqlFunctions().stream()
                .filter(function -> function.arguments().contains(SqlFunction.Argument.SCORE))
                .toList();
        assertThat(aggregates).hasSize(20);

        for (SqlFunction function : aggregates) {
            String arguments = function.arguments().stream()
                    .map(argument -> argument == SqlFunction.Argument.SCORE ? "score" : "weight")
                    .collect(Collectors.joining(", "));
            Dataset<Row> query = spark.sql("SELECT segment, " + function.name() + "(" + arguments
                    + ") FROM plan_responses GROUP BY segment");
            assertThat(query.collectAsList()).hasSize(2);

            List<Step> steps = new ArrayList<>();
            collect(query.queryExecution().executedPlan(), false, steps);

            assertThat(steps)
                    .as("%s: the aggregation steps of %s", function.name(), steps)
                    .hasSize(2)
                    .allSatisfy(step -> {
                        assertThat(step.plan()).isInstanceOf(HashAggregateExec.class);
                        assertThat(step.codeGenerated()).isTrue();
                        assertThat(functions(step.plan())).containsExactly(BinAggregate.class);
                    });
        }
    }

    /** The plan a regression would produce is told apart: a udaf is an object hash aggregate. */
    @Test
    void theMergeOfHistogramBytesIsAnObjectAggregateAndIsToldApart() {
        Dataset<Row> query = spark.sql("SELECT cx_merge_histograms(h) FROM (SELECT"
                + " cx_nps_histogram(score) AS h FROM VALUES (9), (3) AS t(score))");
        query.collectAsList();

        List<Step> steps = new ArrayList<>();
        collect(query.queryExecution().executedPlan(), false, steps);

        assertThat(steps)
                .filteredOn(step -> !(step.plan() instanceof HashAggregateExec))
                .isNotEmpty();
    }

    /** An aggregation step of the executed plan and whether it is in a code-generated stage. */
    private record Step(BaseAggregateExec plan, boolean codeGenerated) {

        @Override
        public String toString() {
            return plan.getClass().getSimpleName()
                    + (codeGenerated ? " (codegen)" : " (interpreted)");
        }
    }

    /**
     * The aggregation steps under {@code plan}, through adaptive execution's final plan and its
     * query stages; a step is code-generated when a whole-stage codegen node is above it with
     * no input adapter (the edge of a generated stage) in between.
     */
    private static void collect(SparkPlan plan, boolean inCodegen, List<Step> steps) {
        if (plan instanceof AdaptiveSparkPlanExec adaptive) {
            collect(adaptive.executedPlan(), inCodegen, steps);
            return;
        }
        if (plan instanceof QueryStageExec stage) {
            collect(stage.plan(), false, steps);
            return;
        }
        boolean codegen = !(plan instanceof InputAdapter)
                && (inCodegen || plan instanceof WholeStageCodegenExec);
        if (plan instanceof BaseAggregateExec aggregate) {
            steps.add(new Step(aggregate, codegen));
        }
        for (SparkPlan child : CollectionConverters.asJava(plan.children())) {
            collect(child, codegen, steps);
        }
    }

    private static List<Class<?>> functions(BaseAggregateExec aggregate) {
        return CollectionConverters.asJava(aggregate.aggregateExpressions()).stream()
                .<Class<?>>map(expression -> expression.aggregateFunction().getClass())
                .toList();
    }
}
