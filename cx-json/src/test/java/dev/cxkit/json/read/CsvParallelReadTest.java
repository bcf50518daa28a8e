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
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

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
            cut[0] += CsvRanges.split(file, threads).length > 2 ? 1 : 0;
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

            assertThat(read(reader, file, threads, minRange))
                    .isEqualTo(read(reader, file, 1, minRange));
        });
        assertThat(cut[0]).as("trials cut in more than one range").isGreaterThan(30);
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
        assertThat(CsvRanges.split(file, 2)[1])
                .as("cut by quote parity, inside the quoted cell")
                .isBetween((long) cellStart, (long) cellEnd);

        Outcome sequential = read(reader, file, 1, 1);
        for (int threads = 2; threads <= 8; threads++) {
            assertThat(read(reader, file, threads, 1)).isEqualTo(sequential);
        }
        assertThat(sequential.records).hasSize(401);
        assertThat(sequential.heard)
                .extracting(ReadProblem::message)
                .containsExactly(file + ":2404:3: score: score must be in 0..10 on scale 'nps', "
                        + "was 11");
    }

    private record Outcome(
            List<SurveyResponse> records, ReadReport report, List<ReadProblem> heard, String end) {}

    private static Outcome read(
            CxReader<SurveyResponse> reader, Path file, int threads, long minRange) {
        List<ReadProblem> heard = new ArrayList<>();
        try {
            ReadResult<List<SurveyResponse>> read = reader.withProblemListener(heard::add)
                    .read(file, threads, minRange, ArrayList::new, List::add, (a, b) -> {
                        a.addAll(b);
                        return a;
                    });
            return new Outcome(read.result(), read.report(), heard, "");
        } catch (CxDataException ended) {
            return new Outcome(List.of(), null, heard, ended.getMessage());
        }
    }
}
