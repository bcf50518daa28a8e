package dev.cxkit.json.read;

import static dev.cxkit.json.read.SurveyResponseReaderTest.good;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Adversarial input: each case is reported at its true line and column in words (never a Java
 * class name), and the good records around it still read where the format allows.
 */
class HostileInputTest {

    private static final String CSV_HEAD = "customerId,time,score,weight\n";
    private static final CxReader<SurveyResponse> NPS =
            CxReader.surveyResponses(Scale.NPS).withErrorPolicy(ErrorPolicy.SKIP_AND_REPORT);

    private static ReadReport read(
            CxReader<SurveyResponse> reader, String text, String... customers) {
        try (RecordReader<SurveyResponse> records = reader.open(new StringReader(text), "in")) {
            assertThat(records.stream().map(SurveyResponse::customerId)).containsExactly(customers);
            ReadReport report = records.report();
            report.problems()
                    .forEach(problem -> assertThat(problem.message())
                            .doesNotContainPattern("Exception|tools\\.jackson|java\\.|`"));
            return report;
        }
    }

    private static String csvRow(String customer, String score, String weight) {
        return customer + ",2024-05-01T12:00:00Z," + score + "," + weight + "\n";
    }

    @Test
    void blankLinesDoNotCountTowardTheCsvRowLength() {
        String row = csvRow("a".repeat(20), "9", "1");
        CxReader<SurveyResponse> reader = NPS.withFormat(RecordFormat.CSV)
                .withLimits(ReadLimits.builder().maxRecordLength(row.length()).build());

        ReadReport report = read(
                reader,
                CSV_HEAD
                        + "\n".repeat(500)
                        + row
                        + "\r\n".repeat(500)
                        + "\r".repeat(500)
                        + csvRow("b", "10", "1"),
                "a".repeat(20),
                "b");

        assertThat(report.isClean()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NDJSON", "CSV", "TSV", "WHITESPACE"})
    void linesOfOnlyBlankOrInvisibleCharactersAreReported(RecordFormat format) {
        String good1 = switch (format) {
            case NDJSON -> good("a", 9) + "\n";
            case CSV -> CSV_HEAD + csvRow("a", "9", "1");
            default -> CSV_HEAD.replace(',', '\t') + csvRow("a", "9", "1").replace(',', '\t');
        };
        String good2 = format == RecordFormat.NDJSON
                ? good("c", 9) + "\n"
                : format == RecordFormat.CSV
                        ? csvRow("c", "9", "1")
                        : csvRow("c", "9", "1").replace(',', '\t');
        CxReader<SurveyResponse> reader = CxReader.surveyResponses()
                .withErrorPolicy(ErrorPolicy.SKIP_AND_REPORT)
                .withFormat(format);
        CxReader<SurveyResponse> onScale = NPS.withFormat(format);

        ReadReport report = read(
                format == RecordFormat.NDJSON ? reader : onScale,
                good1 + "\u001C\n" + "   \n" + "\u2028\t\n" + "\n" + good2,
                "a",
                "c");

        assertThat(report.problems())
                .extracting(ReadProblem::line)
                .containsExactly(
                        format == RecordFormat.NDJSON
                                ? new Long[] {2L, 3L, 4L}
                                : new Long[] {3L, 4L, 5L});
        if (format != RecordFormat.CSV) {
            assertThat(report.problems().get(0).reason())
                    .isEqualTo(
                            "line holds only blank or invisible characters (U+001C), expected a record");
            assertThat(report.problems().get(2).reason())
                    .isEqualTo("line holds only blank or "
                            + "invisible characters (U+2028, U+0009), expected a record");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Arabic-Indic nine|٩|1|score|expected an integer",
                "fullwidth nine|９|1|score|expected an integer",
                "plus sign|+9|1|score|expected an integer",
                "hex float weight|9|0x1p3|weight|expected a number",
                "NaN weight|9|NaN|weight|expected a number",
                "typed Java float|9|1d|weight|expected a number",
                "underflow to 0|9|1e-400|weight|rounds to 0",
                "Arabic-Indic weight|9|١|weight|expected a number"
            })
    void csvNumbersAreAsciiDecimalAndDoNotUnderflow(
            String name, String score, String weight, String field, String reason) {
        ReadReport report = read(
                NPS.withFormat(RecordFormat.CSV),
                CSV_HEAD
                        + csvRow("a", "9", "1")
                        + csvRow("b", score, weight)
                        + csvRow("c", "9", "0"),
                "a",
                "c");

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.field()).contains(field);
            assertThat(problem.reason()).contains(reason);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "plus sign|\"score\":+9|Unexpected character ('+'",
                "Arabic-Indic digit|\"score\":٩|Unexpected character",
                "hex float|\"score\":9,\"weight\":0x1p3|Unexpected character",
                "underflow to 0|\"score\":9,\"weight\":1e-400|rounds to 0",
                "NaN|\"score\":9,\"weight\":NaN|Non-standard token 'NaN'"
            })
    void jsonNumbersAreJsonAndDoNotUnderflow(String name, String fields, String reason) {
        String bad = "{\"customerId\":\"b\",\"time\":\"2024-05-01T12:00:00Z\"," + fields + "}";
        ReadReport report =
                read(NPS, good("a", 9) + "\n" + bad + "\n" + good("c", 9) + "\n", "a", "c");

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.reason()).contains(reason);
        });
    }

    @Test
    void maxNumberLengthCountsCharactersAtTheLimitAndOneOver() {
        CxReader<SurveyResponse> five =
                NPS.withLimits(ReadLimits.builder().maxNumberLength(5).build());
        String head = "{\"customerId\":\"%s\",\"time\":\"2024-05-01T12:00:00Z\",\"score\":9,";

        ReadReport json = read(
                five,
                String.format(head, "a") + "\"weight\":-1.25}\n"
                        + String.format(head, "b") + "\"weight\":1.25e0}\n"
                        + String.format(head, "c") + "\"weight\":12e-1}\n",
                "c");
        ReadReport csv = read(
                five.withFormat(RecordFormat.CSV),
                CSV_HEAD
                        + csvRow("a", "9", "-1.25")
                        + csvRow("b", "9", "1.25e0")
                        + csvRow("c", "9", "12e-1")
                        + csvRow("d", "00009", "1")
                        + csvRow("e", "000009", "1"),
                "c",
                "d");

        assertThat(json.problems())
                .extracting(ReadProblem::message)
                .containsExactly(
                        "in:1:68: weight: weight must be 0 or in [1.0E-100, 1.0E100], was -1.25",
                        "in:2:68: weight: number of 6 characters is longer than the maximum number length "
                                + "of 5, was 1.25e0");
        assertThat(csv.problems())
                .extracting(ReadProblem::message)
                .containsExactly(
                        "in:2:4: weight: weight must be 0 or in [1.0E-100, 1.0E100], was -1.25",
                        "in:3:4: weight: expected a number of at most 5 characters, had 6, was 1.25e0",
                        "in:6:3: score: expected an integer of at most 5 characters, had 6, was 000009");
    }

    @Test
    void jsonArrayValueOverAStringLimitIsSkippedAtItsLineAndTheReadGoesOn() {
        CxReader<SurveyResponse> reader = NPS.withFormat(RecordFormat.JSON_ARRAY)
                .withLimits(ReadLimits.builder()
                        .maxStringLength(20)
                        .maxRecordLength(200)
                        .build());
        String comment = "{\"customerId\":\"%s\",\"time\":\"2024-05-01T12:00:00Z\",\"score\":9,"
                + "\"comment\":\"%s\"}";

        ReadReport report = read(
                reader,
                "[\n" + String.format(comment, "a", "x".repeat(20))
                        + ",\n" + String.format(comment, "b", "x".repeat(21)) + ",\n"
                        + String.format(comment, "c", "") + "\n]",
                "a",
                "c");

        assertThat(report.problems())
                .extracting(ReadProblem::message)
                .containsExactly(
                        "in:3: comment: string of 21 characters is longer than the maximum string "
                                + "length of 20, was " + "x".repeat(21));
    }

    @Test
    void jsonArrayValueThatTheParserCannotPassEndsTheReadAtItsLine() {
        CxReader<SurveyResponse> reader = NPS.withFormat(RecordFormat.JSON_ARRAY)
                .withLimits(ReadLimits.builder()
                        .maxRecordLength(100)
                        .maxStringLength(20)
                        .maxNestingDepth(3)
                        .build());
        String text = "[\n" + good("a", 9) + ",\n\n  {\"customerId\":\"b\",\"x\":\""
                + "y".repeat(150) + "\"},\n" + good("c", 9) + "]";

        try (RecordReader<SurveyResponse> records = reader.open(new StringReader(text), "in")) {
            assertThat(records.next().customerId()).isEqualTo("a");
            assertThatThrownBy(records::next)
                    .isInstanceOf(CxDataException.class)
                    .hasMessageStartingWith("in:4:")
                    .hasMessageContaining("String value length (")
                    .hasMessageContaining(
                            "limit the larger of maxStringLength and " + "maxRecordLength")
                    .hasMessageNotContaining("StreamReadConstraints");
        }
    }

    @Test
    void jsonArrayElementNestedTooDeepIsSkippedAtItsLineAndTheReadGoesOn() {
        CxReader<SurveyResponse> reader = NPS.withFormat(RecordFormat.JSON_ARRAY)
                .withLimits(ReadLimits.builder().maxNestingDepth(3).build());
        String nested = "[\n" + good("a", 9) + ",\n\n  {\"customerId\":\"b\",\n\"x\":[[[1,[2]]],"
                + "[[3]]]},\n[[[[[4]]]]],\n" + good("c", 9) + "]";

        ReadReport report = read(reader, nested, "a", "c");

        assertThat(report.problems())
                .extracting(ReadProblem::message)
                .containsExactly(
                        "in:4:3: Document nesting depth (4) exceeds the maximum allowed (3, limit "
                                + "maxNestingDepth)",
                        "in:6:1: Document nesting depth (4) exceeds the maximum allowed (3, limit "
                                + "maxNestingDepth)");
    }

    @Test
    void jsonArrayElementTooDeepToPassEndsTheReadAtItsLineSayingSo() {
        CxReader<SurveyResponse> reader = NPS.withFormat(RecordFormat.JSON_ARRAY)
                .withLimits(ReadLimits.builder().maxNestingDepth(3).build());
        int depth = 3 + JsonArraySource.MAX_LEVELS_PASSED + 1;
        String deep = "[\n" + good("a", 9) + ",\n{\"x\":" + "[".repeat(depth) + "]".repeat(depth)
                + "},\n" + good("c", 9) + "]";

        try (RecordReader<SurveyResponse> records = reader.open(new StringReader(deep), "in")) {
            assertThat(records.next().customerId()).isEqualTo("a");
            assertThatThrownBy(records::next)
                    .isInstanceOfSatisfying(
                            CxDataException.class,
                            stopped -> assertThat(stopped.scope())
                                    .isEqualTo(CxDataException.Scope.RECORD_AND_REST))
                    .hasMessage("in:3:1: Document nesting depth (4) exceeds the maximum allowed "
                            + "(3, limit maxNestingDepth); the record nests more than 1003 levels "
                            + "or is longer than 1048576 characters, so it cannot be passed and "
                            + "the rest of the input is not read");
        }
    }

    @Test
    void csvCellOverTheStringLimitIsSkippedAndOverTheRecordLimitEndsTheReadAtItsLine() {
        CxReader<SurveyResponse> reader = NPS.withFormat(RecordFormat.CSV)
                .withLimits(ReadLimits.builder()
                        .maxStringLength(20)
                        .maxRecordLength(100)
                        .build());
        String head = "customerId,time,score,comment\n";
        String row = "%s,2024-05-01T12:00:00Z,9,\"%s\"\n";

        ReadReport report = read(
                reader,
                head
                        + String.format(row, "a", "x".repeat(20))
                        + String.format(row, "b", "multi\nline and more!!")
                        + String.format(row, "c", "")
                        + String.format(row, "d", "x\n".repeat(11)),
                "a",
                "c");
        assertThat(report.problems())
                .extracting(ReadProblem::message)
                .containsExactly(
                        "in:3:4: cell of 21 characters is longer than the maximum string length of 20",
                        "in:6:4: cell of 22 characters is longer than the maximum string length of 20");

        String huge = head
                + String.format(row, "a", "")
                + String.format(row, "b", "y".repeat(150))
                + String.format(row, "c", "");
        try (RecordReader<SurveyResponse> records = reader.open(new StringReader(huge), "in")) {
            assertThat(records.next().customerId()).isEqualTo("a");
            assertThatThrownBy(records::next)
                    .isInstanceOf(CxDataException.class)
                    .hasMessageStartingWith("in:3:")
                    .hasMessageContaining(
                            "limit the larger of maxStringLength and " + "maxRecordLength");
        }
    }

    @Test
    void recordLimitAtTheLimitAndOneOver() {
        String line = good("a", 9);
        CxReader<SurveyResponse> reader = CxReader.surveyResponses()
                .withErrorPolicy(ErrorPolicy.SKIP_AND_REPORT)
                .withLimits(ReadLimits.builder().maxRecordLength(line.length()).build());

        ReadReport report = read(reader, line + "\n" + good("bb", 9) + "\r\n" + line, "a", "a");

        assertThat(report.problems())
                .extracting(ReadProblem::message)
                .containsExactly(
                        "in:2:" + (line.length() + 1) + ": line is longer than the maximum record "
                                + "length of " + line.length() + " characters (was "
                                + (line.length() + 1) + ")");
    }

    @Test
    void reportKeepsTheFirstProblemsAtTheLimitAndCountsOneOver() {
        List<ReadProblem> heard = new ArrayList<>();
        CxReader<SurveyResponse> reader = NPS.withFormat(RecordFormat.CSV)
                .withLimits(ReadLimits.builder().maxProblemsKept(3).build())
                .withProblemListener(heard::add);
        String bad = csvRow("b", "11", "1");

        ReadReport atLimit = read(reader, CSV_HEAD + bad.repeat(3) + csvRow("a", "9", "1"), "a");
        assertThat(atLimit.problems()).hasSize(3);
        assertThat(atLimit.problemsOmitted()).isZero();

        heard.clear();
        ReadReport over = read(reader, CSV_HEAD + bad.repeat(4) + csvRow("a", "9", "1"), "a");
        assertThat(over.problems()).extracting(ReadProblem::line).containsExactly(2L, 3L, 4L);
        assertThat(over.rejected()).isEqualTo(4);
        assertThat(over.problemsOmitted()).isEqualTo(1);
        assertThat(heard).extracting(ReadProblem::line).containsExactly(2L, 3L, 4L, 5L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NDJSON", "JSON_ARRAY", "CSV", "WHITESPACE"})
    void truncatedGzipIsAnErrorNamingTheFile(RecordFormat format, @TempDir Path directory)
            throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(compressed)) {
            StringBuilder text = new StringBuilder(
                    switch (format) {
                        case JSON_ARRAY -> "[\n";
                        case NDJSON -> "";
                        default ->
                            "customerId time score\n"
                                    .replace(' ', format == RecordFormat.CSV ? ',' : ' ');
                    });
            for (int i = 0; i < 30_000; i++) {
                text.append(
                        switch (format) {
                            case NDJSON -> good("c" + i, i % 11) + "\n";
                            case JSON_ARRAY -> good("c" + i, i % 11) + ",\n";
                            case CSV -> "c" + i + ",2024-05-01T12:00:00Z," + i % 11 + "\n";
                            default -> "c" + i + " 2024-05-01T12:00:00Z " + i % 11 + "\n";
                        });
            }
            gzip.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] whole = compressed.toByteArray();
        Path cut = directory.resolve("responses.gz");
        Files.write(cut, Arrays.copyOf(whole, whole.length / 2));

        try (RecordReader<SurveyResponse> records = NPS.withFormat(format).open(cut)) {
            assertThatThrownBy(() -> records.forEachRemaining(response -> {}))
                    .isInstanceOf(CxDataException.class)
                    .hasMessageStartingWith(cut + ":")
                    .hasMessageEndingWith(": gzip-compressed input ends before its end: the "
                            + "file is truncated");
            assertThat(records.report().accepted()).isPositive();
            assertThat(records.report().rejected()).isZero();
        }

        Path header = directory.resolve("header.gz");
        Files.write(header, Arrays.copyOf(whole, 5));
        assertThatThrownBy(() -> NPS.withFormat(format).open(header))
                .isInstanceOf(CxDataException.class)
                .hasMessage(
                        header + ":1: gzip-compressed input has a broken or truncated " + "header");
        assertThatThrownBy(() -> NPS.open(new ByteArrayInputStream(whole, 0, 5), "in"))
                .isInstanceOf(CxDataException.class)
                .hasMessageStartingWith("in:1: gzip");
    }

    @Test
    void aDirectoryIsNotAFileToRead(@TempDir Path directory) {
        assertThatThrownBy(() -> NPS.open(directory))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("'" + directory + "' is a directory, expected a file of records");
    }

    @ParameterizedTest
    @CsvSource({
        "1,true",
        "0.5,true",
        ".5,true",
        "5.,true",
        "1e3,true",
        "1E+3,true",
        "2.5e-3,true",
        "-0,true",
        "' 7 ',true",
        "-,false",
        ".,false",
        "1e,false",
        "e5,false",
        "1e+,false",
        "1.2.3,false",
        "--1,false",
        "1_000,false",
        "'1 000',false",
        "Infinity,false",
        "1e999,false"
    })
    void csvDecimalsFollowTheAsciiGrammar(String weight, boolean valid) {
        ReadReport report = read(
                NPS.withFormat(RecordFormat.CSV).withErrorPolicy(ErrorPolicy.SKIP_AND_REPORT),
                CSV_HEAD + csvRow("a", "9", weight),
                valid ? new String[] {"a"} : new String[0]);

        assertThat(report.isClean()).isEqualTo(valid);
    }
}
