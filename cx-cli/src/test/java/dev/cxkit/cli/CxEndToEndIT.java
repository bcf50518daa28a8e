package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged {@code cx} run as a user would: a generated sample, every command over it,
 * exit codes, standard output and error, and the files written.
 */
class CxEndToEndIT {

    @TempDir
    static Path dir;

    @BeforeAll
    static void writeSample() throws Exception {
        CxProcess.Result result =
                CxProcess.run(dir, "sample", "--out", "data", "--customers", "400", "--seed", "7");
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).startsWith("wrote 400 customers, 12 touchpoints");
    }

    @Test
    void sampleWritesEveryFile() {
        for (String file : List.of("customers", "touchpoints", "interactions", "responses")) {
            assertThat(dir.resolve("data").resolve(file + ".ndjson")).isNotEmptyFile();
        }
    }

    @Test
    void npsByTouchpointFlagsThePlantedFrictionTouchpoint() throws Exception {
        CxProcess.Result result = CxProcess.run(
                dir, "nps", "data/responses.ndjson", "--by", "touchpoint", "--compare", "rest");
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).contains("touchpoint", "vs rest", "(all)");
        String phone = result.stdout()
                .lines()
                .filter(line -> line.startsWith("support-phone"))
                .findFirst()
                .orElseThrow();
        Matcher nps = Pattern.compile("support-phone\\s+\\d+\\s+(-?[0-9.]+)").matcher(phone);
        assertThat(nps.find()).isTrue();
        assertThat(Double.parseDouble(nps.group(1))).isNegative();
    }

    @Test
    void jsonOutputUsesCxJsonFields() throws Exception {
        CxProcess.Result result = CxProcess.run(dir, "csat", "data/responses.ndjson", "-f", "json");
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).startsWith("{").contains("\"scorecard\"");
    }

    @Test
    void csvOutputHasAHeaderAndOneLinePerMonth() throws Exception {
        CxProcess.Result result =
                CxProcess.run(dir, "ces", "data/responses.ndjson", "--by", "month", "-f", "csv");
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        List<String> lines = result.stdout().lines().toList();
        assertThat(lines.get(0)).isEqualTo("month,n,value,intervalLower,intervalUpper,smallSample");
        assertThat(lines.subList(1, lines.size()))
                .allMatch(line -> line.matches(
                        "(\\d{4}-\\d{2}|\\(all\\)),\\d+,[0-9.]+,[0-9.]+,[0-9.]+,(true|false)"));
    }

    @Test
    void journeyRanksTheFrictionTouchpointFirst() throws Exception {
        CxProcess.Result result = CxProcess.run(
                dir,
                "journey",
                "--touchpoints",
                "data/touchpoints.ndjson",
                "data/interactions.ndjson",
                "--responses",
                "data/responses.ndjson");
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        List<String> lines = result.stdout().lines().toList();
        int ranking = lines.indexOf("Friction ranking (highest first)");
        assertThat(lines.get(ranking + 4)).startsWith("support-phone");
    }

    @Test
    void survivalReportsTheCurve() throws Exception {
        CxProcess.Result result = CxProcess.run(dir, "survival", "data/customers.ndjson");
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).contains("Kaplan-Meier", "S(30d)", "all");
    }

    @Test
    void churnSeparatesNewCustomersFromTheSimpleRate() throws Exception {
        CxProcess.Result result = CxProcess.run(
                dir,
                "churn",
                "data/customers.ndjson",
                "--from",
                "2025-04-01",
                "--to",
                "2025-07-01");
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout())
                .contains("simple churn", "retention interval", "Cohort retention by month");
    }

    @Test
    void clvFitsThePublishedCdnowModelsFromTheRawLog() throws Exception {
        Path log = dir.resolve("cdnow.csv");
        try (var in = CxEndToEndIT.class.getResourceAsStream("/cdnow_transactions.csv")) {
            Files.copy(in, log);
        }
        CxProcess.Result result = CxProcess.run(
                dir, "clv", "cdnow.csv", "--calibration-end", "1997-09-30", "--top", "3");
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).contains("2,357 customers", "BG/NBD: log-likelihood -9582.4");
        assertThat(result.stdout()
                        .lines()
                        .filter(line -> line.matches("\\s*BG/NBD\\s+r\\s+0\\.2426\\s.*")))
                .hasSize(1);
        assertThat(result.stdout()
                        .lines()
                        .filter(line -> line.matches("\\s*Gamma-Gamma\\s+p\\s+6\\.2\\d+\\s.*")))
                .hasSize(1);
        assertThat(result.stdout().lines().filter(line -> line.matches("\\s*\\d{5} .*")))
                .hasSize(3);
    }

    @Test
    void badRecordsAreSkippedReportedAndExitWithOne() throws Exception {
        Path responses = dir.resolve("mixed.ndjson");
        Files.writeString(
                responses,
                String.join(
                        "\n",
                        "{\"customerId\":\"a\",\"time\":\"2025-01-01T00:00:00Z\",\"instrument\":\"nps\",\"score\":9}",
                        "{\"customerId\":\"b\",\"time\":\"2025-01-01T00:00:00Z\",\"instrument\":\"nps\",\"score\":11}",
                        "{\"customerId\":\"c\",\"time\":\"2025-01-01T00:00:00Z\",\"instrument\":\"nps\"}",
                        "{\"customerId\":\"d\",\"time\":\"2025-01-01T00:00:00Z\",\"instrument\":\"nps\",\"score\":3}",
                        ""),
                StandardCharsets.UTF_8);
        CxProcess.Result result =
                CxProcess.run(dir, "nps", "mixed.ndjson", "--bad-records", "bad.txt");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stdout()).contains("2 responses");
        assertThat(result.stderr())
                .contains("2 bad record(s) skipped of 4 read", "mixed.ndjson:2", "mixed.ndjson:3");
        List<String> bad = Files.readAllLines(dir.resolve("bad.txt"));
        assertThat(bad).hasSize(2);
        assertThat(bad.get(0)).startsWith("mixed.ndjson:2").contains("score");
        assertThat(bad.get(1)).startsWith("mixed.ndjson:3").contains("score");

        CxProcess.Result failFast = CxProcess.run(dir, "nps", "mixed.ndjson", "--fail-fast");
        assertThat(failFast.exitCode()).isEqualTo(1);
        assertThat(failFast.stderr()).startsWith("cx: mixed.ndjson:2");
    }

    @Test
    void missingFileAndBadValuesAreUsageErrors() throws Exception {
        CxProcess.Result missing = CxProcess.run(dir, "nps", "no-such-file.ndjson");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.stderr()).contains("cannot read file 'no-such-file.ndjson'");
        CxProcess.Result level = CxProcess.run(dir, "nps", "data/responses.ndjson", "--level", "2");
        assertThat(level.exitCode()).isEqualTo(2);
        assertThat(level.stderr()).contains("confidence level must be in (0, 1), was 2.0");
    }

    @Test
    void reportIsOneSelfContainedPageWithEveryChart() throws Exception {
        CxProcess.Result result = CxProcess.run(dir, "report", "data", "--html", "report.html");
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        String html = Files.readString(dir.resolve("report.html"));
        assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain("<script", "src=\"http");
        assertThat(html)
                .contains(
                        "<div class=\"headline\"><div class=\"label\">NPS</div>",
                        "CSAT (top 2 of 1..5)",
                        "CES (mean of 1..7)");
        for (String chart :
                List.of("trend-nps", "scorecard-nps", "funnel-reach", "friction-score")) {
            Matcher figure = Pattern.compile(
                            "<figure class=\"chart\" data-chart=\"" + chart
                                    + "\">\n<svg[^>]*>.*?</svg>\n<figcaption>.*?<details>.*?<table>",
                            Pattern.DOTALL)
                    .matcher(html);
            assertThat(figure.find()).as("chart " + chart).isTrue();
        }
    }
}
