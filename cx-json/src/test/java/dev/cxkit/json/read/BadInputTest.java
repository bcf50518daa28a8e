package dev.cxkit.json.read;

import static dev.cxkit.json.read.SurveyResponseReaderTest.good;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.model.SurveyResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Each kind of bad record, between two good ones: under FAIL_FAST it is thrown with its line,
 * under SKIP_AND_REPORT it is listed with its line and both good records still arrive.
 */
class BadInputTest {

    private static final String HEAD = "{\"customerId\":\"b\",\"time\":\"2024-05-01T12:00:00Z\",";
    private static final CxReader<SurveyResponse> SKIPPING =
            CxReader.surveyResponses().withErrorPolicy(ErrorPolicy.SKIP_AND_REPORT);

    static Stream<Arguments> badLines() {
        return Stream.of(
                Arguments.of(
                        "malformed JSON",
                        HEAD + "\"instrument\":\"nps\",\"score\":9,,}",
                        Optional.empty(),
                        "Unexpected character"),
                Arguments.of(
                        "truncated line",
                        HEAD + "\"instrument\":\"nps\",\"sco",
                        Optional.empty(),
                        "end-of-input"),
                Arguments.of(
                        "score as a string",
                        HEAD + "\"instrument\":\"nps\",\"score\":\"9\"}",
                        Optional.of("score"),
                        "expected an integer"),
                Arguments.of(
                        "fractional score",
                        HEAD + "\"instrument\":\"nps\",\"score\":9.5}",
                        Optional.of("score"),
                        "expected an integer"),
                Arguments.of(
                        "time as a number",
                        "{\"customerId\":\"b\",\"time\":1714564800,\"instrument\":\"nps\",\"score\":9}",
                        Optional.of("time"),
                        "expected a string"),
                Arguments.of(
                        "time not ISO-8601",
                        "{\"customerId\":\"b\",\"time\":\"1/5/2024\","
                                + "\"instrument\":\"nps\",\"score\":9}",
                        Optional.of("time"),
                        "expected an ISO-8601 instant"),
                Arguments.of(
                        "unknown instrument",
                        HEAD + "\"instrument\":\"xps\",\"score\":9}",
                        Optional.of("instrument"),
                        "unknown instrument"),
                Arguments.of(
                        "score off the scale",
                        HEAD + "\"instrument\":\"csat\",\"score\":6}",
                        Optional.of("score"),
                        "score must be in 1..5"),
                Arguments.of(
                        "missing score",
                        HEAD + "\"instrument\":\"nps\"}",
                        Optional.of("score"),
                        "required field is missing"),
                Arguments.of(
                        "null score",
                        HEAD + "\"instrument\":\"nps\",\"score\":null}",
                        Optional.of("score"),
                        "required field is missing"),
                Arguments.of(
                        "missing customer",
                        "{\"time\":\"2024-05-01T12:00:00Z\",\"instrument\":\"nps\",\"score\":9}",
                        Optional.of("customerId"),
                        "required field is missing"),
                Arguments.of(
                        "blank customer",
                        "{\"customerId\":\" \",\"time\":\"2024-05-01T12:00:00Z\","
                                + "\"instrument\":\"nps\",\"score\":9}",
                        Optional.of("customerId"),
                        "must not be blank"),
                Arguments.of(
                        "negative weight",
                        HEAD + "\"instrument\":\"nps\",\"score\":9,\"weight\":-1}",
                        Optional.of("weight"),
                        "weight must be 0 or in [1.0E-100, 1.0E100]"),
                Arguments.of(
                        "half a custom scale",
                        HEAD + "\"instrument\":\"stars\",\"scaleMin\":1,\"score\":9}",
                        Optional.of("scaleMin"),
                        "needs scaleMax"),
                Arguments.of(
                        "duplicate field",
                        HEAD + "\"instrument\":\"nps\",\"score\":9,\"score\":0}",
                        Optional.of("score"),
                        "appears more than once"),
                Arguments.of(
                        "not an object", "[1,2,3]", Optional.empty(), "expected a JSON object"),
                Arguments.of(
                        "two objects on a line",
                        good("b", 9) + good("x", 9),
                        Optional.empty(),
                        "unexpected content after"),
                Arguments.of(
                        "number of 10,000 digits",
                        HEAD + "\"instrument\":\"nps\",\"score\":" + "9".repeat(10_000) + "}",
                        Optional.of("score"),
                        "number of 10000 characters is longer than the "
                                + "maximum number length of 100"),
                Arguments.of(
                        "nesting beyond the limit",
                        HEAD + "\"instrument\":\"nps\",\"score\":9," + "\"extra\":" + "[".repeat(40)
                                + "]".repeat(40) + "}",
                        Optional.empty(),
                        "Document nesting depth (33) exceeds"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badLines")
    void skipModeReportsTheBadLineAndKeepsTheOthers(
            String name, String bad, Optional<String> field, String reason) throws IOException {
        String text = good("a", 9) + "\n" + bad + "\n" + good("c", 10) + "\n";
        try (RecordReader<SurveyResponse> records = SKIPPING.open(new StringReader(text), "in")) {
            assertThat(records.stream().map(SurveyResponse::customerId)).containsExactly("a", "c");
            ReadReport report = records.report();
            assertThat(report.read()).isEqualTo(3);
            assertThat(report.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.line()).isEqualTo(2);
                assertThat(problem.field()).isEqualTo(field);
                assertThat(problem.reason()).contains(reason);
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badLines")
    void failFastThrowsTheBadLine(String name, String bad, Optional<String> field, String reason)
            throws IOException {
        String text = good("a", 9) + "\n" + bad + "\n" + good("c", 10) + "\n";
        try (RecordReader<SurveyResponse> records =
                CxReader.surveyResponses().open(new StringReader(text), "in.ndjson")) {
            assertThat(records.next().customerId()).isEqualTo("a");
            assertThatThrownBy(records::next)
                    .isInstanceOfSatisfying(CxDataException.class, error -> {
                        assertThat(error.problem().line()).isEqualTo(2);
                        assertThat(error.problem().field()).isEqualTo(field);
                        assertThat(error.getMessage()).startsWith("in.ndjson:2").contains(reason);
                    });
            assertThat(records.hasNext()).isFalse();
        }
    }

    @Test
    void byteOrderMarkAndCrlfLineEndsAreAccepted() {
        byte[] bytes = concat(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                (good("a", 1) + "\r\n" + good("b", 2) + "\r\n").getBytes(StandardCharsets.UTF_8));

        assertThat(customers(CxReader.surveyResponses(), new ByteArrayInputStream(bytes)))
                .containsExactly("a", "b");
    }

    @Test
    void invalidUtf8RejectsItsLineOnlyWithTheColumn() throws IOException {
        byte[] bad = (HEAD + "\"instrument\":\"nps\",\"score\":9,\"comment\":\"x")
                .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = concat(
                (good("a", 1) + "\n").getBytes(StandardCharsets.UTF_8),
                bad,
                new byte[] {(byte) 0xC3, 0x28, '"', '}', '\n'},
                (good("c", 3) + "\n").getBytes(StandardCharsets.UTF_8));

        try (RecordReader<SurveyResponse> records =
                SKIPPING.open(new ByteArrayInputStream(bytes), "in")) {
            assertThat(records.stream().map(SurveyResponse::customerId)).containsExactly("a", "c");
            ReadProblem problem = records.report().problems().get(0);
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.column()).hasValue(bad.length + 1);
            assertThat(problem.reason()).isEqualTo("invalid UTF-8 byte sequence");
        }
    }

    @Test
    void gzipIsRecognisedByItsMagicBytes() throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write((good("a", 1) + "\n" + good("b", 2)).getBytes(StandardCharsets.UTF_8));
        }

        assertThat(customers(
                        CxReader.surveyResponses(),
                        new ByteArrayInputStream(compressed.toByteArray())))
                .containsExactly("a", "b");
    }

    @Test
    void aHundredMegabyteLineIsRejectedWithItsNumberWithoutBeingBuffered() throws IOException {
        long length = 100L * 1024 * 1024;
        InputStream huge = new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream((good("a", 1) + "\n" + HEAD + "\"comment\":\"")
                        .getBytes(StandardCharsets.UTF_8)),
                new RepeatedByteStream((byte) 'x', length),
                new ByteArrayInputStream(
                        ("\"}\n" + good("c", 3) + "\n").getBytes(StandardCharsets.UTF_8)))));

        try (RecordReader<SurveyResponse> records = SKIPPING.open(huge, "huge.ndjson")) {
            assertThat(records.stream().map(SurveyResponse::customerId)).containsExactly("a", "c");
            ReadProblem problem = records.report().problems().get(0);
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.reason())
                    .startsWith(
                            "line is longer than the maximum record length of 1048576 characters");
        }
    }

    @Test
    void documentLongerThanItsLimitEndsTheInput() {
        CxReader<SurveyResponse> reader =
                SKIPPING.withLimits(ReadLimits.builder().maxDocumentLength(200).build());
        String text = good("a", 1) + "\n" + good("b", 2) + "\n" + good("c", 3) + "\n";

        assertThatThrownBy(() -> customers(
                        reader, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(CxDataException.class)
                .hasMessageContaining(":3: input is longer than the maximum document length");
    }

    @Test
    void jsonArraySkipsBadElementsAndStopsAtBrokenSyntax() throws IOException {
        String array = "[\n" + good("a", 1) + ",\n" + HEAD + "\"instrument\":\"nps\"},\n42,\n"
                + good("d", 4) + ",\n{\"customerId\": }\n" + good("f", 6) + "]";
        CxReader<SurveyResponse> reader = SKIPPING.withFormat(RecordFormat.JSON_ARRAY);

        try (RecordReader<SurveyResponse> records = reader.open(new StringReader(array), "a")) {
            assertThat(records.next().customerId()).isEqualTo("a");
            assertThat(records.next().customerId()).isEqualTo("d");
            assertThatThrownBy(records::hasNext)
                    .isInstanceOf(CxDataException.class)
                    .hasMessageStartingWith("a:6:");
            assertThat(records.report().problems())
                    .extracting(ReadProblem::line)
                    .containsExactly(3L, 4L, 6L);
            assertThat(records.report().read()).isEqualTo(5);
        }
    }

    @Test
    void jsonArrayRejectsOtherDocuments() {
        CxReader<SurveyResponse> reader = SKIPPING.withFormat(RecordFormat.JSON_ARRAY);

        assertThatThrownBy(() -> customers(
                        reader,
                        new ByteArrayInputStream(good("a", 1).getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(CxDataException.class)
                .hasMessageContaining("expected a JSON array of records");
        assertThatThrownBy(() -> customers(
                        reader,
                        new ByteArrayInputStream(
                                ("[" + good("a", 1) + "] []").getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("unexpected content after the array");
    }

    @Test
    void jsonArrayElementLongerThanTheLimitIsSkipped() throws IOException {
        CxReader<SurveyResponse> reader = SKIPPING.withFormat(RecordFormat.JSON_ARRAY)
                .withLimits(ReadLimits.builder().maxRecordLength(200).build());
        String array = "[" + good("a", 1) + ", {\"customerId\":\"b\",\"x\":[" + "1,".repeat(500)
                + "1]}, " + good("c", 3) + "]";

        try (RecordReader<SurveyResponse> records = reader.open(new StringReader(array), "a")) {
            assertThat(records.stream().map(SurveyResponse::customerId)).containsExactly("a", "c");
            assertThat(records.report().problems().get(0).reason())
                    .startsWith("record is longer than the maximum record length of 200");
        }
    }

    @Test
    void csvRowsWithTheWrongShapeOrBadBytesAreSkipped() throws IOException {
        byte[] csv = concat(
                ("customerId,time,instrument,score\n"
                                + "a,2024-05-01T12:00:00Z,nps,9\n"
                                + "b,2024-05-01T12:00:00Z,nps\n"
                                + "c,2024-05-01T12:00:00Z,nps,nine\n"
                                + "d,2024-05-01T12:00:00Z,n")
                        .getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xFF},
                ("ps,9\ne,2024-05-01T12:00:00Z,nps,5\n").getBytes(StandardCharsets.UTF_8));
        CxReader<SurveyResponse> reader = SKIPPING.withFormat(RecordFormat.CSV);

        try (RecordReader<SurveyResponse> records =
                reader.open(new ByteArrayInputStream(csv), "in.csv")) {
            assertThat(records.stream().map(SurveyResponse::customerId)).containsExactly("a", "e");
            assertThat(records.report().problems())
                    .extracting(ReadProblem::message)
                    .containsExactly(
                            "in.csv:3: row has 3 cells, the header has 4",
                            "in.csv:4:4: score: expected an integer (ASCII digits with an optional leading '-'), was nine",
                            "in.csv:5: invalid UTF-8 byte sequence at character 25 of the row");
        }
    }

    @Test
    void csvHeaderWithoutARequiredColumnEndsTheInputBeforeAnyRecord() throws IOException {
        CxReader<SurveyResponse> reader = SKIPPING.withFormat(RecordFormat.CSV)
                .withCsvColumns(CsvColumns.defaults().map("score", "Q1_LTR"));
        String csv = "customerId,time,instrument,score\na,2024-05-01T12:00:00Z,nps,9\n";

        try (RecordReader<SurveyResponse> records = reader.open(new StringReader(csv), "in.csv")) {
            assertThatThrownBy(records::hasNext)
                    .isInstanceOf(CxDataException.class)
                    .hasMessage("in.csv:1: no column 'Q1_LTR' for field score; headers are "
                            + "[customerId, time, instrument, score]");
            assertThat(records.report().read()).isZero();
        }
    }

    private static List<String> customers(CxReader<SurveyResponse> reader, InputStream in) {
        try (RecordReader<SurveyResponse> records = reader.open(in, "in")) {
            return records.stream().map(SurveyResponse::customerId).toList();
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** {@code length} copies of one byte, produced on demand rather than held in memory. */
    private static final class RepeatedByteStream extends InputStream {
        private final byte value;
        private long remaining;

        RepeatedByteStream(byte value, long length) {
            this.value = value;
            this.remaining = length;
        }

        @Override
        public int read() {
            if (remaining == 0) {
                return -1;
            }
            remaining--;
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (remaining == 0) {
                return -1;
            }
            int count = (int) Math.min(length, remaining);
            Arrays.fill(buffer, offset, offset + count, value);
            remaining -= count;
            return count;
        }
    }
}
