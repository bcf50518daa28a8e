package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.json.CxJson;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * Survey exports as tools write them, read with flags only: no instrument column (the command
 * says the scale), no customer id, their own headers and time formats, quoted multi-line
 * comments, CRLF line ends and blank lines.
 */
class SurveyExportTest {

    @TempDir
    Path dir;

    @Test
    void npsExportWithItsOwnHeadersAndDayFirstTimes() throws Exception {
        // A survey tool's export: its own question header, dd/MM/yyyy HH:mm in Berlin time
        SplittableRandom random = new SplittableRandom(3);
        StringBuilder csv = new StringBuilder(
                "Response ID,Submitted At,\"How likely are you to recommend us? (0-10)\",Comment\r\n");
        int promoters = 0;
        int detractors = 0;
        int n = 0;
        int january = 0;
        for (int i = 0; i < 240; i++) {
            int score = random.nextInt(11);
            int day = 1 + random.nextInt(28);
            int month = 1 + random.nextInt(3);
            csv.append("R")
                    .append(i)
                    .append(',')
                    .append(String.format(
                            "%02d/%02d/2025 %02d:%02d",
                            day, month, random.nextInt(24), random.nextInt(60)))
                    .append(',')
                    .append(score)
                    .append(',');
            csv.append(i % 7 == 0 ? "\"Slow delivery,\r\nbut \"\"friendly\"\" staff\"" : "");
            csv.append("\r\n");
            if (i % 50 == 0) {
                csv.append("\r\n"); // blank lines between rows
            }
            n++;
            promoters += score >= 9 ? 1 : 0;
            detractors += score <= 6 ? 1 : 0;
            january += month == 1 ? 1 : 0;
        }
        Files.writeString(dir.resolve("export.csv"), csv, StandardCharsets.UTF_8);

        CxRun.Result result = CxRun.in(
                dir,
                "nps",
                "@export.csv",
                "--column",
                "score=How likely are you to recommend us? (0-10)",
                "--column",
                "time=Submitted At",
                "--time-format",
                "dd/MM/yyyy HH:mm",
                "--zone",
                "Europe/Berlin",
                "--by",
                "month",
                "-f",
                "json");
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stderr()).isEmpty();
        JsonNode rows = CxJson.mapper().readTree(result.stdout()).get("tables").get("scorecard");
        JsonNode total = rows.get(rows.size() - 1);
        assertThat(total.get("n").longValue()).isEqualTo(n);
        assertThat(total.get("value").doubleValue())
                .isCloseTo(100.0 * (promoters - detractors) / n, within(1e-9));
        assertThat(rows.get(0).get("month").asString()).isEqualTo("2025-01");
        assertThat(rows.get(0).get("n").longValue()).isEqualTo(january);
    }

    @Test
    void ecommerceReviewExportReadsAsCsatWithColumnMappingOnly() throws Exception {
        // The shape of a public e-commerce review export: review_score 1..5, a comment with
        // embedded newlines and quotes, creation dates as yyyy-MM-dd HH:mm:ss
        StringBuilder csv = new StringBuilder("\"review_id\",\"order_id\",\"review_score\","
                + "\"review_comment_title\",\"review_comment_message\",\"review_creation_date\","
                + "\"review_answer_timestamp\"\n");
        SplittableRandom random = new SplittableRandom(5);
        int satisfied = 0;
        int n = 0;
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        for (int i = 0; i < 300; i++) {
            int score = 1 + random.nextInt(5);
            LocalDateTime created =
                    LocalDateTime.of(2018, 1 + random.nextInt(6), 1 + random.nextInt(28), 0, 0, 0);
            csv.append('"')
                    .append(Integer.toHexString(i * 7919))
                    .append("\",\"o")
                    .append(i)
                    .append("\",")
                    .append(score)
                    .append(",,")
                    .append(i % 3 == 0 ? "\"Recebi bem antes do prazo.\nProduto \"\"ok\"\"\"" : "")
                    .append(',')
                    .append(created.format(format))
                    .append(',')
                    .append(created.plusDays(1).format(format))
                    .append('\n');
            n++;
            satisfied += score >= 4 ? 1 : 0;
        }
        Files.writeString(dir.resolve("order_reviews.csv"), csv, StandardCharsets.UTF_8);

        CxRun.Result result = CxRun.in(
                dir,
                "csat",
                "@order_reviews.csv",
                "--column",
                "score=review_score",
                "--column",
                "time=review_creation_date",
                "--time-format",
                "yyyy-MM-dd HH:mm:ss",
                "-f",
                "json");
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        JsonNode total = CxJson.mapper()
                .readTree(result.stdout())
                .get("tables")
                .get("scorecard")
                .get(0);
        assertThat(total.get("n").longValue()).isEqualTo(n);
        assertThat(total.get("value").doubleValue())
                .isCloseTo((double) satisfied / n, within(1e-12));
    }

    @Test
    void epochSecondsWithoutInstrumentOrCustomerReadOnTheCommandsScale() throws Exception {
        // CES 1..7 answers as NDJSON with epoch-second times and no instrument or customer
        StringBuilder ndjson = new StringBuilder();
        long start =
                LocalDateTime.of(2025, 3, 1, 12, 0).atZone(ZoneId.of("UTC")).toEpochSecond();
        double sum = 0;
        for (int i = 0; i < 90; i++) {
            int score = 1 + (i * 5) % 7;
            ndjson.append("{\"time\":")
                    .append(start + 3600L * i)
                    .append(",\"score\":")
                    .append(score)
                    .append("}\n");
            sum += score;
        }
        Files.writeString(dir.resolve("effort.ndjson"), ndjson, StandardCharsets.UTF_8);
        CxRun.Result result =
                CxRun.in(dir, "ces", "@effort.ndjson", "--time-format", "epoch-s", "-f", "json");
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        JsonNode total = CxJson.mapper()
                .readTree(result.stdout())
                .get("tables")
                .get("scorecard")
                .get(0);
        assertThat(total.get("n").longValue()).isEqualTo(90);
        assertThat(total.get("value").doubleValue()).isCloseTo(sum / 90, within(1e-12));
    }

    @Test
    void scaleOverridesTheCommandsScale() throws Exception {
        Files.writeString(
                dir.resolve("ten.csv"),
                "when,rating\n2025-01-02,10\n2025-01-03,9\n2025-01-04,3\n2025-01-05,7\n",
                StandardCharsets.UTF_8);
        CxRun.Result result = CxRun.in(
                dir,
                "csat",
                "@ten.csv",
                "--scale",
                "1..10",
                "--column",
                "time=when",
                "--column",
                "score=rating");
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout())
                .startsWith("CSAT on csat 1..10: 4 responses")
                .contains("50.0%");
        CxRun.Result off = CxRun.in(
                dir, "csat", "@ten.csv", "--column", "time=when", "--column", "score=rating");
        assertThat(off.exitCode()).isEqualTo(Cx.DATA_ERRORS);
        assertThat(off.stderr()).contains("ten.csv:2:2: score:", "was 10");
        CxRun.Result bad = CxRun.in(dir, "csat", "@ten.csv", "--scale", "ten");
        assertThat(bad.exitCode()).isEqualTo(Cx.USAGE);
        assertThat(bad.stderr()).contains("--scale must be MIN..MAX");
    }

    @Test
    void anUnknownColumnIsAUsageErrorNamingTheHeaders() throws Exception {
        Files.writeString(
                dir.resolve("q.csv"), "Submitted,Q1\n2025-01-02,9\n", StandardCharsets.UTF_8);
        CxRun.Result result = CxRun.in(
                dir, "nps", "@q.csv", "--column", "time=Submitted", "--column", "score=Q_1");
        assertThat(result.exitCode()).isEqualTo(Cx.USAGE);
        assertThat(result.stderr()).contains("Q_1", "[Submitted, Q1]").doesNotContain("Exception");
        assertThat(result.stdout()).isEmpty();
    }
}
