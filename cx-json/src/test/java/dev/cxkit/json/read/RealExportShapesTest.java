package dev.cxkit.json.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Files of the shapes real exports have, generated here: a review export read as CSAT, a survey
 * export without ids or instruments, a subscription churn table, a CDNOW-style transaction log
 * without a header, and a tab-separated log with a header, each read with options alone.
 */
class RealExportShapesTest {

    private static final ZoneId UTC = ZoneOffset.UTC;

    /** A purchase of a transaction log. */
    record Purchase(String customer, LocalDate date, long quantity, double amount) {}

    /** One customer of a churn table: months of tenure, whether they left, the contract. */
    record Tenure(String customer, long months, boolean churned, String contract) {}

    private static <T> RecordReader<T> open(CxReader<T> reader, String text, String source) {
        return reader.withErrorPolicy(ErrorPolicy.SKIP_AND_REPORT)
                .open(new StringReader(text), source);
    }

    @Test
    void reviewExportReadsAsCsatWithMultiLineQuotedCommentsAndItsOwnHeader() {
        String csv = "\"review_id\",\"order_id\",\"review_score\",\"review_comment_title\","
                + "\"review_comment_message\",\"review_creation_date\",\"review_answer_timestamp\"\r\n"
                + "7bc2406110b926393aa56f80a40eba40,73fc7af87114b39712e6da79b0a377eb,4,,,"
                + "2018-01-18 00:00:00,2018-01-18 21:46:59\r\n"
                + "80e641a11e56f04c1ad469d5645fdfde,a548910a1c6147796b98fdf73dbeba33,5,,"
                + "\"Recebi bem antes do prazo estipulado.\r\nProduto \"\"ótimo\"\", recomendo\","
                + "2018-03-10 00:00:00,2018-03-11 03:05:13\r\n"
                + "228ce5500dc1d8e020d8d1322874b6f0,f9e4b658b201a9f2ecdecbb34bed034b,9,,,"
                + "2018-02-17 00:00:00,2018-02-18 14:36:24\r\n"
                + "\r\n"
                + "e64fb393e7b32834bb789ff8bb30750e,658677c97b385a9be170737859d3511b,1,"
                + "\"Péssimo\",\"não chegou\",21/04/2018,2018-04-21 22:02:06\r\n";
        CxReader<SurveyResponse> reader = CxReader.surveyResponses(Scale.CSAT)
                .withFormat(RecordFormat.CSV)
                .withCsvColumns(CsvColumns.defaults()
                        .map("score", "review_score")
                        .map("time", "review_creation_date")
                        .map("comment", "review_comment_message"))
                .withTimeFormat(TimeFormat.of("yyyy-MM-dd HH:mm:ss", UTC));

        try (RecordReader<SurveyResponse> records = open(reader, csv, "reviews.csv")) {
            assertThat(records.stream())
                    .containsExactly(
                            SurveyResponse.of(
                                    "reviews.csv:2",
                                    Instant.parse("2018-01-18T00:00:00Z"),
                                    Scale.CSAT,
                                    4),
                            SurveyResponse.of(
                                            "reviews.csv:3",
                                            Instant.parse("2018-03-10T00:00:00Z"),
                                            Scale.CSAT,
                                            5)
                                    .withComment(
                                            "Recebi bem antes do prazo estipulado.\r\nProduto \"ótimo\", recomendo"));
            assertThat(records.report().problems())
                    .extracting(ReadProblem::message)
                    .containsExactly(
                            "reviews.csv:5:3: score: score must be in 1..5 on scale 'csat', was 9",
                            "reviews.csv:7:6: time: expected a time as yyyy-MM-dd HH:mm:ss "
                                    + "(in UTC), such as 2024-05-01 12:00:00, was 21/04/2018");
        }
    }

    @Test
    void surveyExportWithoutIdsOrInstrumentsTakesTheScaleFromTheCaller() {
        String csv = "Submitted,How likely are you to recommend us?,Comment\n"
                + "01/05/2024,10,great\n"
                + "02/05/2024,0,\n"
                + "31/02/2024,7,impossible date\n";
        CxReader<SurveyResponse> reader = CxReader.surveyResponses(Scale.NPS)
                .withFormat(RecordFormat.CSV)
                .withCsvColumns(CsvColumns.defaults()
                        .map("time", "Submitted")
                        .map("score", "How likely are you to recommend us?")
                        .map("comment", "Comment"))
                .withTimeFormat(TimeFormat.pattern("dd/MM/yyyy", ZoneId.of("Europe/Paris")));

        try (RecordReader<SurveyResponse> records = open(reader, csv, "nps.csv")) {
            assertThat(records.stream())
                    .containsExactly(
                            SurveyResponse.of(
                                            "nps.csv:2",
                                            Instant.parse("2024-04-30T22:00:00Z"),
                                            Scale.NPS,
                                            10)
                                    .withComment("great"),
                            SurveyResponse.of(
                                    "nps.csv:3",
                                    Instant.parse("2024-05-01T22:00:00Z"),
                                    Scale.NPS,
                                    0));
            assertThat(records.report().problems()).singleElement().satisfies(problem -> {
                assertThat(problem.line()).isEqualTo(4);
                assertThat(problem.column()).hasValue(1);
                assertThat(problem.field()).contains("time");
                assertThat(problem.value()).contains("31/02/2024");
                assertThat(problem.reason()).startsWith("expected a time as dd/MM/yyyy");
            });
        }
    }

    @Test
    void ndjsonTimesAsEpochMillisecondsNumbersOrStrings() {
        String ndjson = "{\"customerId\":\"c1\",\"time\":1714564800000,\"score\":9}\n"
                + "{\"time\":\"1714564800000\",\"score\":3}\n"
                + "{\"customerId\":\"c3\",\"time\":\"2024-05-01T12:00:00Z\",\"score\":9}\n";
        CxReader<SurveyResponse> reader =
                CxReader.surveyResponses(Scale.NPS).withTimeFormat(TimeFormat.epochMillis());

        try (RecordReader<SurveyResponse> records = open(reader, ndjson, "in.ndjson")) {
            Instant time = Instant.parse("2024-05-01T12:00:00Z");
            assertThat(records.stream())
                    .containsExactly(
                            SurveyResponse.of("c1", time, Scale.NPS, 9),
                            SurveyResponse.of("in.ndjson:2", time, Scale.NPS, 3));
            assertThat(records.report().problems())
                    .extracting(ReadProblem::message)
                    .containsExactly("in.ndjson:3:27: time: expected milliseconds since "
                            + "1970-01-01T00:00:00Z such as 1714564800000, "
                            + "was 2024-05-01T12:00:00Z");
        }
    }

    @Test
    void churnTableWithYesNoEventsAndANamedEventValue() {
        String csv =
                "customerID,gender,SeniorCitizen,Partner,tenure,Contract,MonthlyCharges,Churn\n"
                        + "7590-VHVEG,Female,0,Yes,1,Month-to-month,29.85,No\n"
                        + "5575-GNVDE,Male,0,No,34,One year,56.95,no\n"
                        + "3668-QPYBK,Male,0,No,2,Month-to-month,53.85,Yes\n"
                        + "9237-HQITU,Female,0,No,2,Month-to-month,70.70,Y\n"
                        + "9305-CDSKC,Female,0,No,8,Month-to-month,99.65,1\n"
                        + "1452-KIOVK,Male,0,Yes,22,Month-to-month,89.10,maybe\n"
                        + "6713-OKOMC,Female,0,No,-10,Month-to-month,29.75,No\n";
        CxReader<Tenure> reader = CxReader.rows(
                        List.of("customerID", "tenure", "Churn"),
                        row -> new Tenure(
                                row.id("customerID"),
                                row.count("tenure"),
                                row.flag("Churn"),
                                row.string("Contract")))
                .withFormat(RecordFormat.CSV);

        try (RecordReader<Tenure> records = open(reader, csv, "telco.csv")) {
            assertThat(records.stream())
                    .containsExactly(
                            new Tenure("7590-VHVEG", 1, false, "Month-to-month"),
                            new Tenure("5575-GNVDE", 34, false, "One year"),
                            new Tenure("3668-QPYBK", 2, true, "Month-to-month"),
                            new Tenure("9237-HQITU", 2, true, "Month-to-month"),
                            new Tenure("9305-CDSKC", 8, true, "Month-to-month"));
            assertThat(records.report().problems())
                    .extracting(ReadProblem::message)
                    .containsExactly(
                            "telco.csv:7:8: Churn: expected Yes/No, true/false, Y/N or 1/0, "
                                    + "was maybe",
                            "telco.csv:8:5: tenure: must be >= 0, was -10");
        }

        String named = "id,Status,months\nA,Left,3\nB,Stayed,5\nC,left,1\n";
        CxReader<Boolean> left = CxReader.rows(
                        List.of("Status"), row -> row.flag("Status", FlagFormat.trueWhen("Left")))
                .withFormat(RecordFormat.CSV);
        try (RecordReader<Boolean> records = open(left, named, "status.csv")) {
            assertThat(records.stream()).containsExactly(true, false, true);
        }
    }

    @Test
    void churnTableWithoutARequiredColumnNamesTheColumnsThereAre() {
        CxReader<Tenure> reader = CxReader.rows(
                        List.of("customerID", "tenure", "Churn"),
                        row -> new Tenure(
                                row.id("customerID"), row.count("tenure"), row.flag("Churn"), ""))
                .withFormat(RecordFormat.CSV);

        try (RecordReader<Tenure> records =
                open(reader, "customerID,Tenure,Churn\nA,1,No\n", "telco.csv")) {
            assertThatThrownBy(records::hasNext)
                    .isInstanceOf(CxDataException.class)
                    .hasMessage("telco.csv:1: no column 'tenure' for required field tenure; "
                            + "headers are [customerID, Tenure, Churn]");
        }
    }

    @Test
    void headerlessWhitespaceLogInTheCdnowMasterLayout() {
        String log = "00001 19970101 1 11.77\n"
                + "00002 19970112  1  12.00\r\n"
                + "   00002 19970112  5  77.00\n"
                + "00003 19970102 2 20.76\n"
                + "\n"
                + "00003 19970230 2 20.76\n"
                + "00004 19970101 2 0x1p3\n"
                + "00004 19970101 2\n"
                + "00005\t19970101\t1\t0.00\n";
        CxReader<Purchase> reader = CxReader.rows(
                        List.of("id", "date", "qty", "amount"),
                        row -> new Purchase(
                                row.id("id"),
                                row.date("date"),
                                row.count("qty"),
                                row.nonNegative("amount")))
                .withFormat(RecordFormat.WHITESPACE)
                .withCsvColumns(CsvColumns.headerless(List.of("id", "date", "qty", "amount")))
                .withTimeFormat(TimeFormat.pattern("yyyyMMdd", UTC));

        try (RecordReader<Purchase> records = open(reader, log, "CDNOW_master.txt")) {
            assertThat(records.stream())
                    .containsExactly(
                            new Purchase("00001", LocalDate.of(1997, 1, 1), 1, 11.77),
                            new Purchase("00002", LocalDate.of(1997, 1, 12), 1, 12.00),
                            new Purchase("00002", LocalDate.of(1997, 1, 12), 5, 77.00),
                            new Purchase("00003", LocalDate.of(1997, 1, 2), 2, 20.76),
                            new Purchase("00005", LocalDate.of(1997, 1, 1), 1, 0.0));
            assertThat(records.report().problems())
                    .extracting(ReadProblem::message)
                    .containsExactly(
                            "CDNOW_master.txt:6:2: date: expected a time as yyyyMMdd (in UTC), "
                                    + "such as 20240501, was 19970230",
                            "CDNOW_master.txt:7:4: amount: expected a number (ASCII digits "
                                    + "with an optional leading '-', decimal point and "
                                    + "exponent), was 0x1p3",
                            "CDNOW_master.txt:8: row has 3 cells, expected 4 "
                                    + "(id, date, qty, amount)");
        }
    }

    @Test
    void tabSeparatedLogWithAHeaderAndColumnsByPosition() {
        String tsv = "cust\tday\tquantity\tprice\n"
                + "A\t2024-05-01\t1\t9.99\n"
                + "B\t2024-05-02\t\t5.00\n";
        CxReader<Purchase> reader = CxReader.rows(
                        List.of("id", "date", "qty", "amount"),
                        row -> new Purchase(
                                row.id("id"),
                                row.date("date"),
                                row.count("qty"),
                                row.nonNegative("amount")))
                .withFormat(RecordFormat.fromFileName("log.tsv").orElseThrow())
                .withCsvColumns(CsvColumns.defaults()
                        .mapPosition("id", 1)
                        .mapPosition("date", 2)
                        .mapPosition("qty", 3)
                        .map("amount", "price"))
                .withTimeFormat(TimeFormat.of("iso", UTC));

        try (RecordReader<Purchase> records = open(reader, tsv, "log.tsv")) {
            assertThat(records.stream())
                    .containsExactly(new Purchase("A", LocalDate.of(2024, 5, 1), 1, 9.99));
            assertThat(records.report().problems())
                    .singleElement()
                    .isEqualTo(new ReadProblem(
                            "log.tsv",
                            3,
                            OptionalInt.of(3),
                            Optional.of("qty"),
                            Optional.empty(),
                            "required field is missing"));
        }
    }

    @Test
    void aColumnMappedToAFieldRecordsDoNotHaveIsAnError() {
        CxReader<SurveyResponse> reader = CxReader.surveyResponses(Scale.NPS)
                .withFormat(RecordFormat.CSV)
                .withCsvColumns(CsvColumns.defaults().map("scroe", "Q1"));

        try (RecordReader<SurveyResponse> records = open(reader, "time,score,Q1\n", "in.csv")) {
            assertThatThrownBy(records::hasNext)
                    .hasMessage("in.csv:1: a column is mapped to "
                            + "field 'scroe', which records do not have; fields are [customerId, "
                            + "touchpointId, time, score, weight, comment]");
        }
    }
}
