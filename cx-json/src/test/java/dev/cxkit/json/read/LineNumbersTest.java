package dev.cxkit.json.read;

import static dev.cxkit.json.read.SurveyResponseReaderTest.good;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.model.SurveyResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.StringReader;
import java.util.List;
import java.util.stream.Stream;

/**
 * The line of a bad record is the line a text editor shows, in every format, with CRLF, lone CR
 * and (in CSV) quoted cells spanning lines before it; the column is the character in the line
 * or the CSV column.
 */
class LineNumbersTest {

    private static final String BAD = "{\"customerId\":\"x\",\"time\":\"2024-05-01T12:00:00Z\","
            + "\"instrument\":\"nps\",\"score\":11}";

    static Stream<Arguments> inputs() {
        String csvHead = "customerId,time,instrument,score,comment";
        return Stream.of(
                Arguments.of(
                        "NDJSON, LF",
                        RecordFormat.NDJSON,
                        String.join("\n", good("a", 1), good("b", 2), "", BAD, good("c", 3)),
                        4L,
                        List.of(76)),
                Arguments.of(
                        "NDJSON, CRLF",
                        RecordFormat.NDJSON,
                        String.join("\r\n", good("a", 1), good("b", 2), "", BAD, good("c", 3)),
                        4L,
                        List.of(76)),
                Arguments.of(
                        "NDJSON, lone CR",
                        RecordFormat.NDJSON,
                        String.join("\r", good("a", 1), good("b", 2), "", BAD, good("c", 3)),
                        4L,
                        List.of(76)),
                Arguments.of(
                        "NDJSON, mixed",
                        RecordFormat.NDJSON,
                        good("a", 1) + "\r\n" + good("b", 2) + "\r\r\n" + BAD + "\n" + good("c", 3),
                        4L,
                        List.of(76)),
                Arguments.of(
                        "JSON array, CRLF and lone CR",
                        RecordFormat.JSON_ARRAY,
                        "[\r\n" + good("a", 1) + ",\r" + good("b", 2) + ",\r\n\r" + BAD + ",\n"
                                + good("c", 3) + "]",
                        5L,
                        List.of()),
                Arguments.of(
                        "CSV, multi-line cells, CRLF",
                        RecordFormat.CSV,
                        csvHead + "\r\na,2024-05-01T12:00:00Z,nps,1,\"two\r\nlines\"\r\n"
                                + "b,2024-05-01T12:00:00Z,nps,2,\"three\r\nlines\r\n\"\"here\"\"\"\r\n"
                                + "x,2024-05-01T12:00:00Z,nps,11,\r\n"
                                + "c,2024-05-01T12:00:00Z,nps,3,",
                        7L,
                        List.of(4)),
                Arguments.of(
                        "CSV, lone CR",
                        RecordFormat.CSV,
                        csvHead + "\ra,2024-05-01T12:00:00Z,nps,1,\"two\rlines\"\r"
                                + "b,2024-05-01T12:00:00Z,nps,2,\r"
                                + "x,2024-05-01T12:00:00Z,nps,11,\r"
                                + "c,2024-05-01T12:00:00Z,nps,3,\r",
                        5L,
                        List.of(4)),
                Arguments.of(
                        "CSV, blank lines",
                        RecordFormat.CSV,
                        "\n" + csvHead + "\n\na,2024-05-01T12:00:00Z,nps,1,\n\n\n"
                                + "b,2024-05-01T12:00:00Z,nps,2,\n"
                                + "x,2024-05-01T12:00:00Z,nps,11,\n"
                                + "c,2024-05-01T12:00:00Z,nps,3,\n",
                        8L,
                        List.of(4)),
                Arguments.of(
                        "TSV, lone CR and CRLF",
                        RecordFormat.TSV,
                        csvHead.replace(',', '\t') + "\r\n"
                                + "a\t2024-05-01T12:00:00Z\tnps\t1\t\r"
                                + "b\t2024-05-01T12:00:00Z\tnps\t2\t\r\n\r\n"
                                + "x\t2024-05-01T12:00:00Z\tnps\t11\t\n"
                                + "c\t2024-05-01T12:00:00Z\tnps\t3\t",
                        5L,
                        List.of(4)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void theBadRecordIsReportedAtItsLine(
            String name, RecordFormat format, String text, long line, List<Integer> column) {
        CxReader<SurveyResponse> reader = CxReader.surveyResponses()
                .withFormat(format)
                .withErrorPolicy(ErrorPolicy.SKIP_AND_REPORT);

        try (RecordReader<SurveyResponse> records = reader.open(new StringReader(text), "in")) {
            assertThat(records.stream().map(SurveyResponse::customerId))
                    .containsExactly("a", "b", "c");
            assertThat(records.report().problems()).singleElement().satisfies(problem -> {
                assertThat(problem.line()).isEqualTo(line);
                assertThat(problem.field()).contains("score");
                assertThat(problem.column().stream().boxed().toList()).isEqualTo(column);
            });
        }
    }
}
