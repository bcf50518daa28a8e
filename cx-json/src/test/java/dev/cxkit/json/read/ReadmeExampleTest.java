package dev.cxkit.json.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The README's "Reading real exports" example, run on files of those shapes. */
class ReadmeExampleTest {

    @Test
    void readsTheReadmesExports(@TempDir Path directory) throws IOException {
        Path reviewsFile = write(
                directory,
                "reviews.csv",
                "review_id,order_id,review_score,review_comment_title,review_comment_message,"
                        + "review_creation_date\n"
                        + "r1,o1,4,,,2018-01-18 00:00:00\n"
                        + "r2,o2,5,,\"Chegou cedo.\nRecomendo \"\"muito\"\"\",2018-03-10 00:00:00\n");
        Path churnFile = write(
                directory,
                "telco.csv",
                "customerID,gender,tenure,Contract,Churn\n"
                        + "7590-VHVEG,Female,1,Month-to-month,No\n"
                        + "3668-QPYBK,Male,2,Month-to-month,Yes\n");
        Path logFile = write(
                directory,
                "CDNOW_master.txt",
                "00001 19970101 1 11.77\n00002 19970112  1  12.00\n00002 19970112  5  0.00\n");

        // README: begin
        // An e-commerce review export as CSAT: no instrument, no customer id, its own header and
        // dates.
        CxReader<SurveyResponse> reviews = CxReader.surveyResponses(Scale.CSAT)
                .withFormat(RecordFormat.CSV)
                .withCsvColumns(CsvColumns.defaults()
                        .map("score", "review_score")
                        .map("time", "review_creation_date")
                        .map("comment", "review_comment_message"))
                .withTimeFormat(TimeFormat.of("yyyy-MM-dd HH:mm:ss", ZoneOffset.UTC));

        // A subscription churn table: months of tenure and a Yes/No event, one row per customer.
        record Tenure(String customer, long months, boolean churned, String contract) {}
        CxReader<Tenure> churn = CxReader.rows(
                        List.of("customerID", "tenure", "Churn"),
                        row -> new Tenure(
                                row.id("customerID"),
                                row.count("tenure"),
                                row.flag("Churn"),
                                row.string("Contract")))
                .withFormat(RecordFormat.CSV);

        // A transaction log in the CDNOW master layout: "00001 19970101 1 11.77", no header.
        record Purchase(String customer, LocalDate date, long quantity, double amount) {}
        CxReader<Purchase> log = CxReader.rows(
                        List.of("id", "date", "qty", "amount"),
                        row -> new Purchase(
                                row.id("id"),
                                row.date("date"),
                                row.count("qty"),
                                row.nonNegative("amount")))
                .withFormat(RecordFormat.WHITESPACE)
                .withCsvColumns(CsvColumns.headerless(List.of("id", "date", "qty", "amount")))
                .withTimeFormat(TimeFormat.pattern("yyyyMMdd", ZoneOffset.UTC));
        // README: end

        try (RecordReader<SurveyResponse> read = reviews.open(reviewsFile)) {
            assertThat(read.stream())
                    .containsExactly(
                            SurveyResponse.of(
                                    reviewsFile + ":2",
                                    Instant.parse("2018-01-18T00:00:00Z"),
                                    Scale.CSAT,
                                    4),
                            SurveyResponse.of(
                                            reviewsFile + ":3",
                                            Instant.parse("2018-03-10T00:00:00Z"),
                                            Scale.CSAT,
                                            5)
                                    .withComment("Chegou cedo.\nRecomendo \"muito\""));
        }
        try (RecordReader<Tenure> read = churn.open(churnFile)) {
            assertThat(read.stream())
                    .containsExactly(
                            new Tenure("7590-VHVEG", 1, false, "Month-to-month"),
                            new Tenure("3668-QPYBK", 2, true, "Month-to-month"));
        }
        try (RecordReader<Purchase> read = log.open(logFile)) {
            assertThat(read.stream())
                    .containsExactly(
                            new Purchase("00001", LocalDate.of(1997, 1, 1), 1, 11.77),
                            new Purchase("00002", LocalDate.of(1997, 1, 12), 1, 12.00),
                            new Purchase("00002", LocalDate.of(1997, 1, 12), 5, 0.0));
            assertThat(read.report().isClean()).isTrue();
        }
        assertThat(readmeExample()).isEqualTo(thisExample());
    }

    private static Path write(Path directory, String name, String text) throws IOException {
        return Files.writeString(directory.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** The README's code block, without its layout. */
    private static String readmeExample() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("..", "README.md"));
        int section = readme.indexOf("### Reading real exports");
        int start = readme.subList(section, readme.size()).indexOf("```java") + section + 1;
        int end = readme.subList(start, readme.size()).indexOf("```") + start;
        return withoutLayout(readme.subList(start, end));
    }

    /** The example above, between its markers, without its layout. */
    private static String thisExample() throws IOException {
        List<String> source = Files.readAllLines(
                Path.of("src/test/java/dev/cxkit/json/read/ReadmeExampleTest.java"));
        int start = source.indexOf("        // README: begin") + 1;
        int end = source.indexOf("        // README: end");
        return withoutLayout(source.subList(start, end));
    }

    /**
     * The code and comment words of {@code lines}, without the layout that the formatter
     * chooses: line breaks, indentation and the comment markers of wrapped comments.
     */
    private static String withoutLayout(List<String> lines) {
        return String.join(" ", lines).replace("//", " ").replaceAll("\\s+", "");
    }
}
