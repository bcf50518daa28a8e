package dev.cxkit.benchmarks;

import dev.cxkit.json.NdjsonWriter;
import dev.cxkit.json.read.CxReader;
import dev.cxkit.json.read.ReadResult;
import dev.cxkit.json.read.RecordFormat;
import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.score.ScoreAccumulator;

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

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.csv.CsvFactory;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * End-to-end ingest: NPS per touchpoint (12 touchpoints) from a file of survey responses on
 * disk (in the page cache), as {@code cx nps FILE --by touchpoint} computes it, in NDJSON, CSV and
 * gzip-compressed NDJSON. cxkit's {@link CxReader#read} (every field read and validated, bad
 * records counted) on one thread and on all, beside the peers in the same run: Jackson's streaming parser picking out the two
 * fields it needs without validating anything (the lower bound of a JSON or CSV tokenizer on
 * the JVM), DuckDB's {@code read_json} / {@code read_csv} with a {@code GROUP BY} over JDBC on one
 * thread and on all, and reading the bytes alone (decompression included for gzip).
 *
 * <p>Every trial first checks that all of them computed the same counts. Divide the time by
 * {@code records} for time per record, and JMH's {@code gc.alloc.rate.norm} (with
 * {@code -prof gc}) by {@code records} for bytes allocated per record.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 4)
@Measurement(iterations = 3, time = 4)
public class IngestBenchmark {

    private static final int TOUCHPOINTS = 12;
    private static final String QUERY = "SELECT touchpointId,"
            + " count(*) FILTER (WHERE score <= 6),"
            + " count(*) FILTER (WHERE score BETWEEN 7 AND 8),"
            + " count(*) FILTER (WHERE score >= 9)"
            + " FROM %s GROUP BY touchpointId";

    /** Responses in the file. */
    @Param("500000")
    int records;

    /** The file's format: {@code ndjson}, {@code csv} or {@code ndjson.gz}. */
    @Param({"ndjson", "csv", "ndjson.gz"})
    String format;

    private Path file;
    private CxReader<SurveyResponse> reader;
    private Connection duckDb;

    @Setup(Level.Trial)
    public void writeAndCheck() throws IOException, SQLException {
        file = Files.createTempFile("cx-ingest-", "." + format);
        write(file, format, records);
        reader = CxReader.surveyResponses()
                .withFormat(format.equals("csv") ? RecordFormat.CSV : RecordFormat.NDJSON);
        duckDb = DriverManager.getConnection("jdbc:duckdb:");
        Map<String, NpsCounts> cxkit = cxReader();
        Agreement.requireSame("cxkit on all threads", cxkit, cxReaderAllThreads());
        Agreement.requireSame("Jackson streaming", cxkit, jacksonStreaming());
        Agreement.requireSame("DuckDB, 1 thread", cxkit, duckDbOneThread());
        Agreement.requireSame("DuckDB, all threads", cxkit, duckDbAllThreads());
        if (readBytes() < Files.size(file)) {
            throw new IllegalStateException("read fewer bytes than the file holds");
        }
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException, SQLException {
        duckDb.close();
        Files.deleteIfExists(file);
    }

    @Benchmark
    public Map<String, NpsCounts> cxReader() {
        return counts(
                reader.read(file, 1, HashMap::new, IngestBenchmark::add, IngestBenchmark::merge));
    }

    /**
     * {@link CxReader#read} on every core: byte ranges of the NDJSON or CSV file on threads of
     * their own, merged (gzip is read on one thread).
     */
    @Benchmark
    public Map<String, NpsCounts> cxReaderAllThreads() {
        return counts(reader.read(
                file,
                Runtime.getRuntime().availableProcessors(),
                HashMap::new,
                IngestBenchmark::add,
                IngestBenchmark::merge));
    }

    private static void add(Map<String, ScoreAccumulator> groups, SurveyResponse response) {
        groups.computeIfAbsent(
                        response.touchpointId().orElse(""),
                        touchpoint -> ScoreAccumulator.create(Scale.NPS))
                .add(response);
    }

    private static Map<String, ScoreAccumulator> merge(
            Map<String, ScoreAccumulator> first, Map<String, ScoreAccumulator> second) {
        second.forEach(
                (touchpoint, scores) -> first.merge(touchpoint, scores, ScoreAccumulator::merge));
        return first;
    }

    private static Map<String, NpsCounts> counts(ReadResult<Map<String, ScoreAccumulator>> read) {
        if (!read.report().isClean()) {
            throw new IllegalStateException(read.report().toString());
        }
        Map<String, NpsCounts> counts = new TreeMap<>();
        read.result()
                .forEach((touchpoint, scores) ->
                        counts.put(touchpoint, NpsCounts.of(scores.snapshot())));
        return counts;
    }

    @Benchmark
    public Map<String, NpsCounts> jacksonStreaming() throws IOException {
        Map<String, long[]> groups = new HashMap<>();
        try (InputStream in = open();
                JsonParser parser = format.equals("csv")
                        ? new CsvFactory().createParser(ObjectReadContext.empty(), in)
                        : new JsonFactory().createParser(ObjectReadContext.empty(), in)) {
            int touchpointColumn = -1;
            int scoreColumn = -1;
            boolean csv = format.equals("csv");
            if (csv) {
                parser.nextToken();
                int column = 0;
                while (parser.nextToken() == JsonToken.VALUE_STRING) {
                    touchpointColumn =
                            parser.getString().equals("touchpointId") ? column : touchpointColumn;
                    scoreColumn = parser.getString().equals("score") ? column : scoreColumn;
                    column++;
                }
            }
            while (parser.nextToken() != null) {
                String touchpoint = "";
                int score = -1;
                int column = 0;
                for (JsonToken token = parser.nextToken();
                        token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY;
                        token = parser.nextToken()) {
                    if (csv) {
                        if (column == touchpointColumn) {
                            touchpoint = parser.getString();
                        } else if (column == scoreColumn) {
                            score = Integer.parseInt(parser.getString());
                        }
                        column++;
                    } else if (token == JsonToken.PROPERTY_NAME) {
                        String name = parser.currentName();
                        parser.nextToken();
                        if (name.equals("touchpointId")) {
                            touchpoint = parser.getString();
                        } else if (name.equals("score")) {
                            score = parser.getIntValue();
                        } else {
                            parser.skipChildren();
                        }
                    }
                }
                long[] counts = groups.computeIfAbsent(touchpoint, key -> new long[3]);
                counts[score <= 6 ? 0 : score <= 8 ? 1 : 2]++;
            }
        }
        Map<String, NpsCounts> counts = new TreeMap<>();
        groups.forEach((touchpoint, c) -> counts.put(touchpoint, new NpsCounts(c[0], c[1], c[2])));
        return counts;
    }

    @Benchmark
    public Map<String, NpsCounts> duckDbOneThread() throws SQLException {
        return duckDb(1);
    }

    @Benchmark
    public Map<String, NpsCounts> duckDbAllThreads() throws SQLException {
        return duckDb(Runtime.getRuntime().availableProcessors());
    }

    /** The bytes of the file (decompressed for gzip), read and dropped: the floor of any reader. */
    @Benchmark
    public long readBytes() throws IOException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        try (InputStream in = open()) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                total += read;
            }
        }
        return total;
    }

    private Map<String, NpsCounts> duckDb(int threads) throws SQLException {
        String table = format.equals("csv")
                ? "read_csv('" + file + "')"
                : "read_json('" + file + "', format = 'newline_delimited')";
        Map<String, NpsCounts> counts = new TreeMap<>();
        try (Statement statement = duckDb.createStatement()) {
            statement.execute("SET threads = " + threads);
            try (ResultSet rows = statement.executeQuery(String.format(QUERY, table))) {
                while (rows.next()) {
                    counts.put(
                            rows.getString(1),
                            new NpsCounts(rows.getLong(2), rows.getLong(3), rows.getLong(4)));
                }
            }
        }
        return counts;
    }

    private InputStream open() throws IOException {
        InputStream in = Files.newInputStream(file);
        return format.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /**
     * Writes {@code count} NPS responses from a fixed seed: a pool of 100,000 customers, 12
     * touchpoints, one response a minute, in {@code format}.
     */
    static void write(Path file, String format, int count) throws IOException {
        byte[] scores = SyntheticSurvey.npsScores(count);
        SplittableRandom random = new SplittableRandom(SyntheticSurvey.SEED + 2);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        OutputStream out = Files.newOutputStream(file);
        if (format.endsWith(".gz")) {
            out = new GZIPOutputStream(out, 1 << 16);
        }
        if (format.equals("csv")) {
            try (Writer csv = new BufferedWriter(
                    new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
                csv.write("customerId,touchpointId,time,instrument,score\n");
                for (int i = 0; i < count; i++) {
                    csv.write("customer-" + i % 100_000 + ",tp-" + random.nextInt(TOUCHPOINTS) + ","
                            + start.plusSeconds(60L * i) + ",nps," + scores[i] + "\n");
                }
            }
            return;
        }
        try (NdjsonWriter ndjson = NdjsonWriter.to(out)) {
            for (int i = 0; i < count; i++) {
                ndjson.write(SurveyResponse.of(
                                "customer-" + i % 100_000,
                                start.plusSeconds(60L * i),
                                Scale.NPS,
                                scores[i])
                        .withTouchpoint("tp-" + random.nextInt(TOUCHPOINTS)));
            }
        }
    }
}
