package dev.cxkit.json.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.testing.Property;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A CSV file read on several threads gives what a sequential read gives: the same records in the
 * same order (accumulated in lists, merged in order), the same report, the same problems heard by
 * the listener in the same order, and the same end (FAIL_FAST's first bad record, broken quoting),
 * on generated files whose bad rows and quoted cells spanning lines fall anywhere, across the cuts
 * included; also when a quote inside an unquoted cell misleads the cut by quote parity into a
 * quoted cell, which is then read again on one thread.
 */
class CsvParallelReadTest {

    @TempDir
    Path directory;

    @Test
    void parallelCsvReadsGiveTheSequentialRecordsReportsAndProblems() {
        int[] cut = {0};
        Property.check("parallel CSV", 40, trial -> {
            SplittableRandom random = trial.random();
            Path file = directory.resolve("responses-" + trial.index() + ".csv");
            Files.write(
                    file,
                    CsvBytesTest.file(random, random.nextInt(1, 3_000), trial.index() % 4 == 3));
            int threads = random.nextInt(2, 6);
            long minRange = random.nextInt(1, 40_000);
            CxReader<SurveyResponse> reader = (random.nextBoolean()
                            ? CxReader.surveyResponses(Scale.NPS)
                            : CxReader.surveyResponses())
                    .withFormat(RecordFormat.CSV)
                    .withErrorPolicy(
                            random.nextInt(5) == 0
                                    ? ErrorPolicy.FAIL_FAST
                                    : ErrorPolicy.SKIP_AND_REPORT)
                    .withLimits(ReadLimits.builder()
                            .maxStringLength(40)
                            .maxRecordLength(160)
                            .maxProblemsKept(random.nextInt(0, 40))
                            .build());

            AtomicInteger accumulators = new AtomicInteger();
            assertThat(ReadOutcome.of(reader, file, threads, minRange, accumulators))
                    .isEqualTo(ReadOutcome.of(reader, file, 1, minRange));
            cut[0] += accumulators.get() > 1 ? 1 : 0;
        });
        assertThat(cut[0]).as("trials read in more than one range").isGreaterThan(10);
    }

    @Test
    void aQuoteInsideAnUnquotedCellThatMisleadsTheCutChangesNothing() throws Exception {
        String head = "customerId,time,score,comment\n";
        StringBuilder text = new StringBuilder(head);
        text.append("stray,2024-05-01T12:00:00Z,9,it\"s odd\n");
        for (int i = 0; i < 400; i++) {
            text.append("c")
                    .append(i)
                    .append(",2024-05-01T12:00:00Z,")
                    .append(i % 11)
                    .append(i == 200 ? ",\"spans\n" + "lines\n".repeat(2_000) + "\"\n" : ",\n");
        }
        text.append("bad,2024-05-01T12:00:00Z,11,\n");
        Path file = directory.resolve("stray.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        CxReader<SurveyResponse> reader = CxReader.surveyResponses(Scale.NPS)
                .withFormat(RecordFormat.CSV)
                .withErrorPolicy(ErrorPolicy.SKIP_AND_REPORT);

        int cellStart = text.indexOf("\"spans");
        int cellEnd = text.indexOf("\"", cellStart + 1);
        assertThat(RecordRangesTest.Naive.starts(file, 2, RecordRanges.Rule.ROWS)[1])
                .as("cut by quote parity, inside the quoted cell")
                .isBetween((long) cellStart, (long) cellEnd);

        ReadOutcome sequential = ReadOutcome.of(reader, file, 1, 1);
        for (int threads = 2; threads <= 8; threads++) {
            assertThat(ReadOutcome.of(reader, file, threads, 1)).isEqualTo(sequential);
        }
        assertThat(sequential.records()).hasSize(401);
        assertThat(sequential.heard())
                .extracting(ReadProblem::message)
                .containsExactly(file + ":2404:3: score: score must be in 0..10 on scale 'nps', "
                        + "was 11");
    }

    @Test
    void aCutAtAnyByteAroundQuotedLineEndsAndBadRowsChangesNothing() throws Exception {
        StringBuilder text = new StringBuilder("customerId,time,score,comment\n");
        int rows = 0;
        for (; text.length() < 1_500; rows++) {
            text.append("c").append(rows).append(",2024-05-01T12:00:00Z,").append(rows % 11);
            text.append(",ok\n");
        }
        int from = text.length();
        text.append("q1,2024-05-01T12:00:00Z,9,\"one\ntwo\"\n")
                .append("q2,2024-05-01T12:00:00Z,3,\"crlf\r\ninside, \"\"quoted\"\"\"\r\n")
                .append("bad,2024-05-01T12:00:00Z,11,\n")
                .append("q3,2024-05-01T12:00:00Z,8,\"lone\rcr\"\r")
                .append("short,2024-05-01T12:00:00Z\n")
                .append("   \n")
                .append("\n")
                .append(
                        "q4,2024-05-01T12:00:00Z,10,\"c1,2024-05-01T12:00:00Z,1,\nlooks like a row\"\n")
                .append("q5,2024-05-01T12:00:00Z,x,\n")
                .append("q6,2024-05-01T12:00:00Z,7,\"\"\"\n\"\"\"\n");
        int to = text.length();
        text.append("q7,2024-05-01T12:00:00Z,2,last\n");
        byte[] content = text.toString().getBytes(StandardCharsets.UTF_8);
        Path file = directory.resolve("cut.csv");
        CxReader<SurveyResponse> reader = CxReader.surveyResponses(Scale.NPS)
                .withFormat(RecordFormat.CSV)
                .withLimits(ReadLimits.builder().maxProblemsKept(3).build());

        List<ReadOutcome> skipping = ReadOutcome.cutAtEveryByte(
                reader.withErrorPolicy(ErrorPolicy.SKIP_AND_REPORT), file, content, from, to);
        List<ReadOutcome> failing = ReadOutcome.cutAtEveryByte(reader, file, content, from, to);

        ReadOutcome read = skipping.get(0);
        assertThat(skipping).allMatch(outcome -> outcome.equals(read));
        assertThat(read.records())
                .hasSize(rows + 6)
                .last()
                .satisfies(last -> assertThat(last.customerId()).isEqualTo("q7"));
        assertThat(read.heard())
                .extracting(problem ->
                        problem.message().substring(0, problem.message().indexOf(": ")))
                .containsExactly(
                        file + ":" + lineOf(text, "bad,") + ":3",
                        file + ":" + lineOf(text, "short,"),
                        file + ":" + lineOf(text, "   ") + ":1",
                        file + ":" + lineOf(text, "q5,") + ":3");
        assertThat(read.report().problems()).hasSize(3);
        assertThat(read.report().rejected()).isEqualTo(4);
        assertThat(failing)
                .allMatch(outcome ->
                        outcome.end().startsWith(file + ":" + lineOf(text, "bad,") + ":3: "));
    }

    /** The 1-based line of the first line starting with {@code prefix} after the header. */
    static long lineOf(CharSequence text, String prefix) {
        java.util.regex.Matcher line = java.util.regex.Pattern.compile(
                        "[\r\n]" + java.util.regex.Pattern.quote(prefix))
                .matcher(text);
        assertThat(line.find()).as("a line starting with %s", prefix).isTrue();
        return text.subSequence(0, line.start() + 1).toString().split("\r\n|\r|\n", -1).length;
    }
}
