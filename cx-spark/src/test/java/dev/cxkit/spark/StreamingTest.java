package dev.cxkit.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.window;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.model.Scale;
import dev.cxkit.nps.Nps;
import dev.cxkit.nps.NpsIntervalMethod;
import dev.cxkit.score.ScoreAccumulator;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.streaming.runtime.MemoryStream;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.StreamingQueryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import scala.Tuple2;
import scala.Tuple3;
import scala.jdk.javaapi.CollectionConverters;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * The aggregates in Structured Streaming: NPS per touchpoint and hour of event time, fed by
 * a {@link MemoryStream} in micro-batches, must equal cx-core's NPS of all rows of the group
 * so far (the state holds the per-group counts), in update and in complete output mode, with
 * rows behind the watermark dropped; and a checkpoint whose state another aggregate layout wrote
 * (as an older cx-spark's) is refused on restart with Spark's state-schema error.
 */
class StreamingTest {

    private static final long HOUR = 3_600_000L;

    private final SparkSession spark = SharedSpark.session();

    @Test
    void updateModeEmitsTheExactNpsOfEveryChangedWindow() throws Exception {
        MemoryStream<Tuple3<String, Timestamp, Integer>> input = MemoryStream.apply(
                Encoders.tuple(Encoders.STRING(), Encoders.TIMESTAMP(), Encoders.INT()), spark);
        StreamingQuery query = npsPerHour(input, "update", "nps_update");
        try {
            List<Tuple3<String, Timestamp, Integer>> first = List.of(
                    event("web", 0, 10),
                    event("web", 10, 9),
                    event("web", 20, 3),
                    event("app", 5, 7),
                    event("app", 30, 0));
            addAndProcess(input, query, first);
            assertRows("nps_update", first);

            // The second batch changes web's first hour and opens a second hour.
            List<Tuple3<String, Timestamp, Integer>> second =
                    List.of(event("web", 40, 10), event("web", 70, 6), event("web", 80, 9));
            addAndProcess(input, query, second);
            List<Tuple3<String, Timestamp, Integer>> both = new ArrayList<>(first);
            both.addAll(second);
            assertThat(latest("nps_update")).containsOnlyKeys("web@0", "web@1", "app@0");
            assertRows("nps_update", both);

            // Event time 3 h advances the watermark past hour 0; a later row at 50 min is
            // behind it and dropped, so hour 0 keeps its NPS.
            addAndProcess(input, query, List.of(event("app", 180, 10)));
            addAndProcess(input, query, List.of(event("web", 50, 0), event("app", 190, 9)));
            both.add(event("app", 180, 10));
            both.add(event("app", 190, 9));
            assertRows("nps_update", both);
        } finally {
            query.stop();
        }
    }

    @Test
    void completeModeEmitsTheExactNpsOfEveryWindowSoFar() throws Exception {
        MemoryStream<Tuple3<String, Timestamp, Integer>> input = MemoryStream.apply(
                Encoders.tuple(Encoders.STRING(), Encoders.TIMESTAMP(), Encoders.INT()), spark);
        StreamingQuery query = npsPerHour(input, "complete", "nps_complete");
        try {
            List<Tuple3<String, Timestamp, Integer>> all = new ArrayList<>();
            for (int batch = 0; batch < 3; batch++) {
                List<Tuple3<String, Timestamp, Integer>> rows = new ArrayList<>();
                for (int i = 0; i < 7; i++) {
                    rows.add(event(
                            i % 2 == 0 ? "web" : "store",
                            17 * i + 11 * batch,
                            (3 * i + 5 * batch) % 11));
                }
                addAndProcess(input, query, rows);
                all.addAll(rows);
                assertRows("nps_complete", all);
                assertThat(spark.table("nps_complete").count())
                        .as("complete mode emits every group")
                        .isEqualTo(expected(all).size());
            }
        } finally {
            query.stop();
        }
    }

    /**
     * The state of a streaming aggregation is the aggregate's buffers, so a checkpoint written by
     * a cx-spark that kept other buffers cannot be resumed. Stand-in for an older cx-spark: the
     * weighted histogram's aggregate (a count, weight sum and squared-weight sum per score)
     * writes the checkpoint, and {@code cx_nps_weighted} is then started on it.
     */
    @Test
    void aCheckpointOfAnotherStateLayoutIsRefusedWithSparksStateSchemaError(@TempDir Path dir)
            throws Exception {
        String checkpoint = dir.resolve("checkpoint").toString();
        Column older = CxFunctions.weightedScoreHistogram(Scale.NPS, col("score"), col("weight"));
        MemoryStream<Tuple2<String, Integer>> first = weightedInput();
        StreamingQuery writer = weightedPerTouchpoint(first, older, checkpoint);
        try {
            first.addData(CollectionConverters.asScala(List.of(new Tuple2<>("web", 9)))
                    .toSeq());
            writer.processAllAvailable();
        } finally {
            writer.stop();
        }

        MemoryStream<Tuple2<String, Integer>> second = weightedInput();
        second.addData(
                CollectionConverters.asScala(List.of(new Tuple2<>("web", 3))).toSeq());
        second.addData(
                CollectionConverters.asScala(List.of(new Tuple2<>("web", 10))).toSeq());
        StreamingQuery resumed = weightedPerTouchpoint(
                second, CxFunctions.weightedNps(col("score"), col("weight")), checkpoint);
        try {
            assertThatThrownBy(resumed::processAllAvailable)
                    .isInstanceOf(StreamingQueryException.class)
                    .hasMessageContaining("STATE_STORE_VALUE_SCHEMA_NOT_COMPATIBLE")
                    .hasMessageContaining("Provided value schema does not match existing state"
                            + " value schema");
        } finally {
            resumed.stop();
        }
    }

    private MemoryStream<Tuple2<String, Integer>> weightedInput() {
        return MemoryStream.apply(Encoders.tuple(Encoders.STRING(), Encoders.INT()), spark);
    }

    private static StreamingQuery weightedPerTouchpoint(
            MemoryStream<Tuple2<String, Integer>> input, Column aggregate, String checkpoint)
            throws TimeoutException {
        return input.toDF()
                .toDF("touchpoint", "score")
                .selectExpr("touchpoint", "score", "1.5D AS weight")
                .groupBy(col("touchpoint"))
                .agg(aggregate.as("result"))
                .writeStream()
                .format("noop")
                .outputMode("update")
                .option("checkpointLocation", checkpoint)
                .start();
    }

    private StreamingQuery npsPerHour(
            MemoryStream<Tuple3<String, Timestamp, Integer>> input, String mode, String table)
            throws TimeoutException {
        Dataset<Row> events = input.toDF().toDF("touchpoint", "event_time", "score");
        return events.withWatermark("event_time", "1 hour")
                .groupBy(window(col("event_time"), "1 hour"), col("touchpoint"))
                .agg(CxFunctions.nps(col("score")).as("nps"))
                .selectExpr("touchpoint", "CAST(window.start AS LONG) * 1000 AS start", "nps")
                .writeStream()
                .format("memory")
                .queryName(table)
                .outputMode(mode)
                .start();
    }

    private static void addAndProcess(
            MemoryStream<Tuple3<String, Timestamp, Integer>> input,
            StreamingQuery query,
            List<Tuple3<String, Timestamp, Integer>> rows)
            throws StreamingQueryException {
        input.addData(CollectionConverters.asScala(rows).toSeq());
        query.processAllAvailable();
    }

    /**
     * The latest row the sink holds per group equals cx-core's NPS of the group's rows;
     * every group of {@code rows} is there.
     */
    private void assertRows(String table, List<Tuple3<String, Timestamp, Integer>> rows) {
        Map<String, Row> latest = latest(table);
        Map<String, Nps> expected = expected(rows);
        assertThat(latest.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((group, nps) -> NpsFunctionsTest.assertNps(
                latest.get(group),
                nps,
                CxFunctions.DEFAULT_LEVEL,
                NpsIntervalMethod.ADJUSTED_WALD));
    }

    /** The memory sink appends every emitted row; the last one per group is current. */
    private Map<String, Row> latest(String table) {
        Map<String, Row> latest = new HashMap<>();
        for (Row row : spark.table(table).collectAsList()) {
            latest.put(group(row.getString(0), row.getLong(1)), row.getStruct(2));
        }
        return latest;
    }

    private static Map<String, Nps> expected(List<Tuple3<String, Timestamp, Integer>> rows) {
        Map<String, ScoreAccumulator> accumulators = new HashMap<>();
        for (Tuple3<String, Timestamp, Integer> row : rows) {
            long start = row._2().getTime() / HOUR * HOUR;
            accumulators
                    .computeIfAbsent(
                            group(row._1(), start), k -> ScoreAccumulator.create(Scale.NPS))
                    .add(row._3());
        }
        Map<String, Nps> expected = new HashMap<>();
        accumulators.forEach(
                (group, accumulator) -> expected.put(group, Nps.of(accumulator.snapshot())));
        return expected;
    }

    private static String group(String touchpoint, long startMillis) {
        return touchpoint + "@" + startMillis / HOUR;
    }

    private static Tuple3<String, Timestamp, Integer> event(
            String touchpoint, int minute, int score) {
        return new Tuple3<>(touchpoint, new Timestamp(minute * 60_000L), score);
    }
}
