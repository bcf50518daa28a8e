package dev.cxkit.json.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.nps.Nps;
import dev.cxkit.score.ScoreAccumulator;
import dev.cxkit.testing.Property;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A file read on several threads gives what a sequential read gives: the same records in the
 * same order (accumulated in lists, merged in order), the same report, the same problems heard
 * by the listener in the same order, and under FAIL_FAST the same first bad record, on files
 * whose bad records (bad JSON, bad values, blank lines, invalid UTF-8, over-long lines, records
 * named by their line) fall anywhere, across the split points included, with LF, CRLF and lone
 * CR line ends, with and without a byte order mark.
 */
class ParallelReadTest {

    @TempDir
    Path directory;

    @Test
    void parallelReadsGiveTheSequentialRecordsReportsAndProblems() {
        int[] split = {0};
        Property.check("parallel NDJSON", 30, trial -> {
            SplittableRandom random = trial.random();
            Path file = directory.resolve("responses-" + trial.index() + ".ndjson");
            byte[] lines = ndjson(random, random.nextInt(1, 3_000));
            Files.write(file, random.nextInt(4) == 0 ? withByteOrderMark(lines) : lines);
            int threads = random.nextInt(2, 6);
            long minRange = random.nextInt(1, 20_000);
            CxReader<SurveyResponse> reader = (random.nextBoolean()
                            ? CxReader.surveyResponses(Scale.NPS)
                            : CxReader.surveyResponses())
                    .withErrorPolicy(ErrorPolicy.SKIP_AND_REPORT)
                    .withLimits(ReadLimits.builder()
                            .maxRecordLength(300)
                            .maxProblemsKept(random.nextInt(0, 40))
                            .build());

            List<ReadProblem> heardSequential = new ArrayList<>();
            ReadResult<List<SurveyResponse>> sequential = reader.withProblemListener(
                            heardSequential::add)
                    .read(file, 1, ArrayList::new, List::add, ParallelReadTest::concat);
            List<ReadProblem> heardParallel = new ArrayList<>();
            AtomicInteger made = new AtomicInteger();
            ReadResult<List<SurveyResponse>> parallel = reader.withProblemListener(
                            heardParallel::add)
                    .read(
                            file,
                            threads,
                            minRange,
                            () -> {
                                made.incrementAndGet();
                                return new ArrayList<>();
                            },
                            List::add,
                            ParallelReadTest::concat);

            assertThat(parallel.result()).isEqualTo(sequential.result());
            assertThat(parallel.report()).isEqualTo(sequential.report());
            assertThat(heardParallel).isEqualTo(heardSequential);
            split[0] += made.get() > 1 ? 1 : 0;
        });
        assertThat(split[0]).as("trials read in more than one range").isGreaterThan(10);
    }

    @Test
    void failFastThrowsTheFirstBadRecordOfTheFile() {
        Property.check("parallel NDJSON, fail fast", 20, trial -> {
            SplittableRandom random = trial.random();
            Path file = directory.resolve("fail-" + trial.index() + ".ndjson");
            Files.write(file, ndjson(random, random.nextInt(100, 3_000)));
            CxReader<SurveyResponse> reader = CxReader.surveyResponses()
                    .withLimits(ReadLimits.builder().maxRecordLength(300).build());

            CxDataException sequential =
                    catchThrowableOfType(() -> read(reader, file, 1, 1), CxDataException.class);
            CxDataException parallel =
                    catchThrowableOfType(() -> read(reader, file, 4, 1_000), CxDataException.class);

            assertThat(parallel == null ? null : parallel.problem())
                    .isEqualTo(sequential == null ? null : sequential.problem());
        });
    }

    @Test
    void theReadmeExampleSplitsAFileOfTwoMegabytesAndCountsAsASequentialRead() throws IOException {
        Path path = directory.resolve("responses.ndjson");
        Files.write(path, ndjson(new SplittableRandom(18), 24_000));
        assertThat(Files.size(path)).isGreaterThan(2 * CxReader.MIN_RANGE_BYTES);
        assertThat(RecordRangesTest.Naive.starts(path, 2, RecordRanges.Rule.LINES))
                .hasSize(3);

        ReadResult<ScoreAccumulator> read = CxReader.surveyResponses()
                .withErrorPolicy(ErrorPolicy.SKIP_AND_REPORT)
                .read(
                        path,
                        2,
                        () -> ScoreAccumulator.create(Scale.NPS),
                        ScoreAccumulator::add,
                        ScoreAccumulator::merge);
        Nps nps = Nps.of(read.result().snapshot());
        ReadReport report = read.report();

        ScoreAccumulator sequential = ScoreAccumulator.create(Scale.NPS);
        try (RecordReader<SurveyResponse> records = CxReader.surveyResponses()
                .withErrorPolicy(ErrorPolicy.SKIP_AND_REPORT)
                .open(path)) {
            records.forEachRemaining(sequential::add);
            assertThat(report).isEqualTo(records.report());
        }
        assertThat(nps).isEqualTo(Nps.of(sequential.snapshot()));
        assertThat(report.accepted()).isGreaterThan(15_000);
        assertThat(report.rejected()).isPositive();
    }

    @Test
    void aCutAtAnyByteAroundBadLinesAndLineEndsChangesNothing() throws IOException {
        java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
        int good = 0;
        for (; text.size() < 2_000; good++) {
            text.writeBytes(response("\"customerId\":\"c" + good + "\",", "\n"));
        }
        int from = text.size();
        text.writeBytes(response("\"customerId\":\"crlf\",", "\r\n"));
        text.writeBytes(("{\"customerId\":\"comma\"},\n").getBytes(StandardCharsets.UTF_8));
        text.writeBytes("   \r\n\r".getBytes(StandardCharsets.UTF_8));
        byte[] invalid = response("\"customerId\":\"utf8\",", "\r\n");
        invalid[5] = (byte) 0xC3;
        text.writeBytes(invalid);
        String padded = new String(
                response("\"customerId\":\"p\",\"comment\":\"\",", ""), StandardCharsets.UTF_8);
        String atLimit = padded.replace("\"\"", "\"" + "x".repeat(300 - padded.length()) + "\"");
        text.writeBytes((atLimit + "\n" + atLimit.replace("\"x", "\"xx") + "\n")
                .getBytes(StandardCharsets.UTF_8));
        text.writeBytes(response("", "\r"));
        text.writeBytes(response("\"customerId\":\"lf\",", "\n"));
        int to = text.size();
        text.writeBytes(response("\"customerId\":\"last\",", "\n"));
        Path file = directory.resolve("cut.ndjson");
        CxReader<SurveyResponse> reader = CxReader.surveyResponses(Scale.NPS)
                .withLimits(ReadLimits.builder()
                        .maxRecordLength(300)
                        .maxProblemsKept(2)
                        .build());

        List<ReadOutcome> skipping = ReadOutcome.cutAtEveryByte(
                reader.withErrorPolicy(ErrorPolicy.SKIP_AND_REPORT),
                file,
                text.toByteArray(),
                from,
                to);
        List<ReadOutcome> failing =
                ReadOutcome.cutAtEveryByte(reader, file, text.toByteArray(), from, to);

        ReadOutcome read = skipping.get(0);
        assertThat(skipping).allMatch(outcome -> outcome.equals(read));
        int firstBad = good + 2;
        assertThat(read.records())
                .extracting(SurveyResponse::customerId)
                .endsWith("crlf", "p", file + ":" + (firstBad + 6), "lf", "last");
        assertThat(read.heard())
                .extracting(problem ->
                        problem.message().substring(0, problem.message().indexOf(": ")))
                .containsExactly(
                        file + ":" + firstBad + ":23",
                        file + ":" + (firstBad + 1) + ":1",
                        file + ":" + (firstBad + 3) + ":6",
                        file + ":" + (firstBad + 5) + ":301");
        assertThat(read.report().problems()).hasSize(2);
        assertThat(failing)
                .allMatch(outcome -> outcome.end().startsWith(file + ":" + firstBad + ":23: "));
    }

    /** An NPS response line whose fields start with {@code first}, ended by {@code end}. */
    private static byte[] response(String first, String end) {
        return ("{" + first + "\"time\":\"2024-05-01T12:00:00Z\",\"score\":7}" + end)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static ReadResult<List<SurveyResponse>> read(
            CxReader<SurveyResponse> reader, Path file, int threads, long minRange) {
        return reader.read(
                file, threads, minRange, ArrayList::new, List::add, ParallelReadTest::concat);
    }

    private static byte[] withByteOrderMark(byte[] bytes) {
        byte[] marked = new byte[bytes.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, marked, 3, bytes.length);
        return marked;
    }

    private static <E> List<E> concat(List<E> first, List<E> second) {
        first.addAll(second);
        return first;
    }

    /** Lines of survey responses, one in about forty bad in some way, with mixed line ends. */
    private static byte[] ndjson(SplittableRandom random, int lines) throws IOException {
        java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < lines; i++) {
            String customer = random.nextInt(5) == 0 ? "" : "\"customerId\":\"c" + i + "\",";
            String line =
                    "{" + customer + "\"time\":\"2024-05-01T12:00:00Z\",\"instrument\":\"nps\","
                            + "\"touchpointId\":\"tp-" + random.nextInt(4) + "\",\"score\":"
                            + random.nextInt(11) + "}";
            byte[] bytes = switch (random.nextInt(80)) {
                case 0 -> (line + ",").getBytes(StandardCharsets.UTF_8);
                case 1 ->
                    line.replace("\"score\":", "\"score\":1").getBytes(StandardCharsets.UTF_8);
                case 2 -> "   ".getBytes(StandardCharsets.UTF_8);
                case 3 -> new byte[0];
                case 4 ->
                    line.replace("tp-", "tp-\u00e9")
                            .replace("\u00e9", "\u00e9\u0000")
                            .getBytes(StandardCharsets.UTF_8);
                case 5 -> {
                    byte[] good = line.getBytes(StandardCharsets.UTF_8);
                    good[good.length / 2] = (byte) 0xFF;
                    yield good;
                }
                case 6 ->
                    ("{\"comment\":\"" + "x".repeat(400) + "\"}").getBytes(StandardCharsets.UTF_8);
                default -> line.getBytes(StandardCharsets.UTF_8);
            };
            text.writeBytes(bytes);
            text.writeBytes(
                    switch (random.nextInt(6)) {
                        case 0 -> new byte[] {'\r', '\n'};
                        case 1 -> new byte[] {'\r'};
                        default -> new byte[] {'\n'};
                    });
        }
        return text.toByteArray();
    }
}
