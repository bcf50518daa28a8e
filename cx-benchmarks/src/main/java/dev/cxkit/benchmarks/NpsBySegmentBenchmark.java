package dev.cxkit.benchmarks;

import dev.cxkit.model.Scale;
import dev.cxkit.score.SegmentedScoreAccumulator;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * NPS by segment: a {@code byte[]} score column beside an {@code int[]} segment-id column,
 * counted by cxkit's {@link SegmentedScoreAccumulator} (one thread, and one partial
 * accumulator per thread over slices, merged), by {@code Collectors.groupingBy}, and by a
 * DuckDB group-by query with {@code SET threads} at 1 and at all cores (parameter
 * {@code threads}); beside the memory scan that only sums both columns.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class NpsBySegmentBenchmark {

    static final int ALL_THREADS = Runtime.getRuntime().availableProcessors();

    @Param("10000000")
    int rows;

    @Param("1000")
    int segments;

    private byte[] scores;
    private int[] segmentIds;
    private Slices slices;
    private List<NpsCounts> expected;

    @Setup(Level.Trial)
    public void generateAndCheck() {
        scores = SyntheticSurvey.npsScores(rows);
        segmentIds = SyntheticSurvey.segmentIds(rows, segments);
        slices = new Slices(ALL_THREADS);
        expected = NpsCounts.ofEach(cxkitOneThread().snapshot());
        Agreement.requireSame(
                "cxkit on all threads",
                expected,
                NpsCounts.ofEach(cxkitAllThreads().snapshot()));
        Agreement.requireSame("Collectors.groupingBy", expected, streamsOneThread());
        Agreement.requireSame(
                "Collectors.groupingBy on a parallel stream", expected, streamsAllThreads());
        Agreement.requireSame(
                "the memory scan on all threads", memoryScanOneThread(), memoryScanAllThreads());
    }

    @TearDown(Level.Trial)
    public void stopThreads() {
        slices.close();
    }

    @Benchmark
    public SegmentedScoreAccumulator cxkitOneThread() {
        return SegmentedScoreAccumulator.create(Scale.NPS, segments)
                .addAll(scores, segmentIds, 0, rows);
    }

    @Benchmark
    public SegmentedScoreAccumulator cxkitAllThreads() {
        List<SegmentedScoreAccumulator> partials = slices.map(
                rows,
                (from, to) -> SegmentedScoreAccumulator.create(Scale.NPS, segments)
                        .addAll(scores, segmentIds, from, to));
        SegmentedScoreAccumulator total = partials.get(0);
        for (SegmentedScoreAccumulator partial : partials.subList(1, partials.size())) {
            total.merge(partial);
        }
        return total;
    }

    @Benchmark
    public List<NpsCounts> streamsOneThread() {
        return StreamsNps.bySegment(scores, segmentIds, segments, false);
    }

    @Benchmark
    public List<NpsCounts> streamsAllThreads() {
        return StreamsNps.bySegment(scores, segmentIds, segments, true);
    }

    @Benchmark
    public List<NpsCounts> duckDb(DuckDb duckDb) throws SQLException {
        return duckDb.database.bySegment();
    }

    @Benchmark
    public long memoryScanOneThread() {
        return MemoryScan.sum(scores, segmentIds, 0, rows);
    }

    @Benchmark
    public long memoryScanAllThreads() {
        long sum = 0;
        for (long partial :
                slices.map(rows, (from, to) -> MemoryScan.sum(scores, segmentIds, from, to))) {
            sum += partial;
        }
        return sum;
    }

    /** A DuckDB database of the same columns, queried on one thread or on all cores. */
    @State(Scope.Benchmark)
    public static class DuckDb {
        /** {@code SET threads} for the query: 1, or "all" for every core. */
        @Param({"1", "all"})
        String threads;

        DuckDbNps database;

        @Setup(Level.Trial)
        public void loadAndCheck(NpsBySegmentBenchmark columns) throws SQLException {
            int count = threads.equals("all") ? ALL_THREADS : Integer.parseInt(threads);
            database = DuckDbNps.load(columns.scores, columns.segmentIds, columns.segments, count);
            try {
                Agreement.requireSame(
                        "DuckDB on " + count + " thread(s)",
                        columns.expected,
                        database.bySegment());
            } catch (SQLException | RuntimeException e) {
                database.close();
                throw e;
            }
        }

        @TearDown(Level.Trial)
        public void close() throws SQLException {
            database.close();
        }
    }
}
