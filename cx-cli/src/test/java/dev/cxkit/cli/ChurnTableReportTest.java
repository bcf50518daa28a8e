package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code cx report} with a churn table (one row per customer, tenure and churn flag), the
 * telco-style export of the tests' resources, given by flag or found in a directory by the
 * columns {@code --duration} and {@code --event} name. Its numbers are R's
 * ({@code telco-reference.R}: {@code survfit}, {@code survdiff}), as {@code ChurnTableTest}
 * checks them for {@code cx survival}.
 */
class ChurnTableReportTest {

    @TempDir
    static Path dir;

    private static String html;

    @BeforeAll
    static void reportWithAChurnTableByFlag() throws Exception {
        TestFiles.sample(dir);
        Files.move(TestFiles.telco(dir), dir.resolve("subscribers-2024.csv"));
        CxRun.Result result = CxRun.in(
                dir,
                TestFiles.commandLine(
                        "report",
                        "--responses",
                        "@sample/responses.ndjson",
                        "--churn-table",
                        "@subscribers-2024.csv",
                        TestFiles.TELCO_FLAGS,
                        "--churn-by",
                        "Contract",
                        "--html",
                        "@report.html",
                        "-q"));
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).contains("0 transactions, 400 churn-table rows)");
        html = Files.readString(dir.resolve("report.html"));
    }

    @Test
    void churnWithinAYearIsOneMinusTheKaplanMeierSurvivalOfEachContract() {
        String churn = section(html, "table-churn");
        assertThat(churn).contains("<h2>Churn within 12 months by Contract (churn table)</h2>");
        assertThat(count(churn, "<rect class=\"bar")).isEqualTo(3);
        assertThat(count(churn, "<path class=\"whisker\"")).isEqualTo(3);
        // R: S(12) = 0.664, 0.831, 0.975 for Month-to-month, One year, Two year.
        assertThat(churn)
                .containsPattern(row("Month-to-month", "209", "130", "62.2%", ANY, "33.6%"))
                .containsPattern(row("One year", "100", "33", "33.0%", ANY, "16.9%"))
                .containsPattern(row("Two year", "91", "8", "8.8%", ANY, "2.5%"));
    }

    @Test
    void survivalCurvesPerContractWithTheirMediansAndTheLogRankTest() {
        String survival = section(html, "table-survival");
        assertThat(survival)
                .contains(
                        "<h2>Customer survival by Contract (churn table)</h2>",
                        "data-chart=\"table-survival-km\"")
                // R: medians 24 and 48 months, Two year not reached; log-rank 95.292 on 2 df.
                .containsPattern(row("Month-to-month", "209", "130", "79", "24.0", ANY, "66.4%"))
                .containsPattern(row("One year", "100", "33", "67", "48.0", ANY, "83.1%"))
                .containsPattern(row("Two year", "91", "8", "83", "not reached", ANY, "97.5%"))
                .contains("chi-square 95.29 on 2 degrees of freedom, p &lt; 0.001");
        assertThat(count(survival, "<g class=\"series\"")).isEqualTo(3);
        assertThat(count(survival, "<path class=\"band\"")).isEqualTo(3);
    }

    @Test
    void theHeaderNamesTheChurnTableWithItsRows() {
        assertThat(html)
                .containsPattern(
                        "subscribers-2024.csv \\(churn-table\\): 400 records read, 0 rejected");
    }

    @Test
    void aDirectoryHoldingTheNamedColumnsIsTakenForAChurnTable() throws Exception {
        Path data = Files.createDirectory(dir.resolve("by-content"));
        Files.copy(dir.resolve("sample/responses.ndjson"), data.resolve("a.ndjson"));
        Files.copy(dir.resolve("subscribers-2024.csv"), data.resolve("b.csv"));

        CxRun.Result result = CxRun.in(
                dir,
                "report",
                "@by-content",
                "--duration",
                "tenure",
                "--event",
                "Churn",
                "--unit",
                "months",
                "--html",
                "@content.html",
                "-q");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).contains("400 churn-table rows)");
        String page = Files.readString(dir.resolve("content.html"));
        assertThat(section(page, "table-churn"))
                .contains("<h2>Churn within 12 months by all customers (churn table)</h2>")
                // R: 171 of 400 churned; one curve without --churn-by.
                .containsPattern(row("all", "400", "171"));
        assertThat(count(section(page, "table-survival"), "<g class=\"series\""))
                .isEqualTo(1);
    }

    @Test
    void withoutDurationAndEventTheTableInADirectoryIsIgnoredAndNamed() throws Exception {
        Path data = Files.createDirectories(dir.resolve("unnamed"));
        Files.copy(dir.resolve("sample/responses.ndjson"), data.resolve("a.ndjson"));
        Files.copy(dir.resolve("subscribers-2024.csv"), data.resolve("b.csv"));

        CxRun.Result result = CxRun.in(dir, "report", "@unnamed", "--html", "@u.html", "-q");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stderr())
                .contains("ignored '" + data.resolve("b.csv") + "'")
                .contains("churn-table (the columns of --duration and --event)");
        assertThat(Files.readString(dir.resolve("u.html"))).doesNotContain("table-churn");
    }

    @Test
    void aChurnTableFlagWithoutDurationAndEventIsAUsageError() {
        CxRun.Result result = CxRun.in(
                dir,
                "report",
                "--responses",
                "@sample/responses.ndjson",
                "--churn-table",
                "@subscribers-2024.csv",
                "--html",
                "@x.html");

        assertThat(result.exitCode()).isEqualTo(Cx.USAGE);
        assertThat(result.stderr())
                .contains("--churn-table needs --duration COLUMN (the customer's tenure) and "
                        + "--event COLUMN[=VALUE] (whether the customer churned)");
        assertThat(dir.resolve("x.html")).doesNotExist();
    }

    @Test
    void namedColumnsThatNoFileHoldsAreAUsageError() {
        CxRun.Result result = CxRun.in(
                dir,
                "report",
                "@sample",
                "--duration",
                "months_active",
                "--event",
                "Churn",
                "--html",
                "@y.html");

        assertThat(result.exitCode()).isEqualTo(Cx.USAGE);
        assertThat(result.stderr())
                .contains("--duration and --event name the columns of a churn table "
                        + "(months_active, Churn), but no file given holds them");
        assertThat(dir.resolve("y.html")).doesNotExist();
    }

    @Test
    void aRowWithABadTenureIsSkippedAndReportedAndThePageStillWritten() throws Exception {
        List<String> lines = Files.readAllLines(dir.resolve("subscribers-2024.csv"));
        assertThat(lines.get(1)).contains(",28,");
        lines.set(1, lines.get(1).replace(",28,", ",-28,"));
        Files.write(dir.resolve("bad-tenure.csv"), lines);

        CxRun.Result result = CxRun.in(
                dir,
                "report",
                "--responses",
                "@sample/responses.ndjson",
                "--churn-table",
                "@bad-tenure.csv",
                "--duration",
                "tenure",
                "--event",
                "Churn",
                "--html",
                "@bad.html");

        assertThat(result.exitCode()).isEqualTo(Cx.DATA_ERRORS);
        assertThat(result.stderr())
                .contains("bad-tenure.csv:2")
                .contains("tenure")
                .contains("-28");
        assertThat(result.stdout()).contains("399 churn-table rows)");
        assertThat(Files.readString(dir.resolve("bad.html")))
                .containsPattern("bad-tenure.csv \\(churn-table\\): 400 records read, 1 rejected");
    }

    @Test
    void aSurveyExportReadWithFlagsBesideATransactionLogAndAChurnTable() throws Exception {
        ReviewExport.write(dir.resolve("reviews.csv"), 600, 5);
        TestFiles.cdnow(dir);

        CxRun.Result result = CxRun.in(
                dir,
                TestFiles.commandLine(
                        "report",
                        "--responses",
                        "@reviews.csv",
                        ReviewExport.FLAGS,
                        "--transactions",
                        "@cdnow.csv",
                        "--churn-table",
                        "@subscribers-2024.csv",
                        TestFiles.TELCO_FLAGS,
                        "--churn-by",
                        "Contract",
                        "--html",
                        "@all.html",
                        "-q"));

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        long transactions = Files.readAllLines(dir.resolve("cdnow.csv")).size() - 1;
        assertThat(result.stdout())
                .contains(String.format(
                        java.util.Locale.ROOT,
                        "(600 responses, 0 interactions, 0 customers, %,d transactions, "
                                + "400 churn-table rows)",
                        transactions));
        String page = Files.readString(dir.resolve("all.html"));
        assertThat(page)
                .contains(
                        "<section id=\"table-churn\">",
                        "<section id=\"table-survival\">",
                        "<section id=\"clv\">");
    }

    /** Any one cell's text. */
    private static final String ANY = "[^<]*";

    /** A table row starting with these cells (regular expressions). */
    private static String row(String... cells) {
        StringBuilder row = new StringBuilder("<tr>");
        for (String cell : cells) {
            row.append("<td[^>]*>").append(cell).append("</td>");
        }
        return row.toString();
    }

    static String section(String page, String id) {
        int start = page.indexOf("<section id=\"" + id + "\">");
        assertThat(start).as("section " + id).isNotNegative();
        String from = page.substring(start);
        return from.substring(0, from.indexOf("</section>"));
    }

    static long count(String text, String what) {
        return Pattern.compile(Pattern.quote(what)).matcher(text).results().count();
    }
}
