package dev.cxkit.json.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

class SurveyResponseReaderTest {

    private static final Instant TIME = Instant.parse("2024-05-01T12:00:00Z");

    static List<SurveyResponse> readAll(CxReader<SurveyResponse> reader, String text) {
        try (RecordReader<SurveyResponse> records = reader.open(new StringReader(text), "in")) {
            return records.stream().toList();
        }
    }

    @Test
    void readsEveryFieldOfTheNdjsonForm() {
        String line =
                "{\"customerId\":\"c1\",\"touchpointId\":\"web\",\"time\":\"2024-05-01T12:00:00Z\","
                        + "\"instrument\":\"nps\",\"score\":9,\"weight\":2.5,\"comment\":\"fast\"}\n"
                        + "{\"customerId\":\"c2\",\"time\":\"2024-05-01T14:00:00+02:00\","
                        + "\"instrument\":\"stars\",\"scaleMin\":1,\"scaleMax\":10,\"score\":10}\n";

        List<SurveyResponse> responses = readAll(CxReader.surveyResponses(), line);

        assertThat(responses)
                .containsExactly(
                        new SurveyResponse(
                                "c1",
                                Optional.of("web"),
                                TIME,
                                Scale.NPS,
                                9,
                                2.5,
                                Optional.of("fast")),
                        SurveyResponse.of("c2", TIME, Scale.of("stars", 1, 10), 10));
    }

    @Test
    void skipsAndReportsEachBadLineAndKeepsTheGoodOnes() {
        String text = String.join(
                "\n",
                good("a", 9),
                "{\"customerId\":\"b\",\"time\":\"2024-05-01T12:00:00Z\",\"instrument\":\"nps\"}",
                "{\"customerId\":\"c\",\"time\":\"2024-05-01T12:00:00Z\",\"instrument\":\"nps\",\"score\":11}",
                "{\"customerId\":\"d\",\"time\":",
                "",
                good("e", 0));
        RecordReader<SurveyResponse> records = CxReader.surveyResponses()
                .withErrorPolicy(ErrorPolicy.SKIP_AND_REPORT)
                .open(new StringReader(text), "in");

        assertThat(records.stream().map(SurveyResponse::customerId)).containsExactly("a", "e");
        ReadReport report = records.report();
        assertThat(report.read()).isEqualTo(5);
        assertThat(report.accepted()).isEqualTo(2);
        assertThat(report.rejected()).isEqualTo(3);
        assertThat(report.problems()).extracting(ReadProblem::line).containsExactly(2L, 3L, 4L);
        assertThat(report.problems().get(0).field()).contains("score");
        assertThat(report.problems().get(0).reason()).isEqualTo("required field is missing");
        assertThat(report.problems().get(1).field()).contains("score");
        assertThat(report.problems().get(1).value()).contains("11");
        assertThat(report.problems().get(2).column()).isPresent();
    }

    @Test
    void failsFastWithTheProblemOfTheFirstBadLine() {
        String text = good("a", 9) + "\n"
                + "{\"customerId\":\"b\",\"time\":\"2024-05-01T12:00:00Z\",\"instrument\":\"nps\",\"score\":\"nine\"}\n"
                + good("c", 9);
        RecordReader<SurveyResponse> records =
                CxReader.surveyResponses().open(new StringReader(text), "responses.ndjson");

        assertThat(records.next().customerId()).isEqualTo("a");
        assertThatThrownBy(records::hasNext)
                .isInstanceOfSatisfying(CxDataException.class, error -> {
                    assertThat(error.problem())
                            .isEqualTo(new ReadProblem(
                                    "responses.ndjson",
                                    2,
                                    OptionalInt.of(76),
                                    Optional.of("score"),
                                    Optional.of("nine"),
                                    "expected an integer"));
                    assertThat(error)
                            .hasMessage(
                                    "responses.ndjson:2:76: score: expected an integer, was nine");
                });
        assertThat(records.report().rejected()).isEqualTo(1);
    }

    @Test
    void readsCsvWithAMappedScoreColumn() {
        String csv = "respondent,when,instrument,Q1_LTR,comment\r\n"
                + "c1,2024-05-01T12:00:00Z,nps,9,\"fast, friendly\"\r\n"
                + "c2,2024-05-01T12:00:00Z,nps,,\r\n"
                + "c3,2024-05-01T12:00:00Z,nps,7,\r\n";
        CxReader<SurveyResponse> reader = CxReader.surveyResponses()
                .withFormat(RecordFormat.CSV)
                .withErrorPolicy(ErrorPolicy.SKIP_AND_REPORT)
                .withCsvColumns(CsvColumns.defaults()
                        .map("score", "Q1_LTR")
                        .map("customerId", "respondent")
                        .map("time", "when"));

        RecordReader<SurveyResponse> records = reader.open(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "in.csv");

        assertThat(records.stream())
                .containsExactly(
                        SurveyResponse.of("c1", TIME, Scale.NPS, 9).withComment("fast, friendly"),
                        SurveyResponse.of("c3", TIME, Scale.NPS, 7));
        assertThat(records.report().problems())
                .containsExactly(new ReadProblem(
                        "in.csv",
                        3,
                        OptionalInt.of(4),
                        Optional.of("score"),
                        Optional.empty(),
                        "required field is missing"));
    }

    static String good(String customer, int score) {
        return "{\"customerId\":\"" + customer + "\",\"time\":\"2024-05-01T12:00:00Z\","
                + "\"instrument\":\"nps\",\"score\":" + score + "}";
    }
}
