package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code cx clv} on transaction logs of the shapes users have, generated here from the CDNOW
 * sample (2,357 customers; the numbers checked are those of the independent SciPy/mpmath script
 * {@code clv_reference.py} in cx-core's test resources, fitted on the same calibration/holdout
 * split of the raw log).
 */
class ClvCommandIT {

    @TempDir
    static Path dir;

    /** The CDNOW log, one transaction per line: id, yyyy-mm-dd date, amount. */
    private static List<String[]> transactions;

    @BeforeAll
    static void readCdnow() throws Exception {
        transactions = new ArrayList<>();
        try (var in = ClvCommandIT.class.getResourceAsStream("/cdnow_transactions.csv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            text.lines()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .forEach(line -> transactions.add(line.split(",")));
        }
        assertThat(transactions).hasSize(6919);
    }

    /** The CDNOW master layout: header-less, runs of spaces and tabs, yyyymmdd dates, CRLF line ends. */
    private static Path cdnowMasterText() throws Exception {
        Path file = dir.resolve("CDNOW_master.txt");
        if (!Files.exists(file)) {
            StringBuilder text = new StringBuilder();
            int i = 0;
            for (String[] t : transactions) {
                String gap = i++ % 3 == 0 ? "\t" : "   ";
                text.append(' ')
                        .append(t[0])
                        .append(gap)
                        .append(t[1].replace("-", ""))
                        .append("  ")
                        .append(1 + i % 4)
                        .append(gap)
                        .append(t[2])
                        .append("\r\n");
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
        return file;
    }

    @Test
    void headerlessWhitespaceTextFitsEveryModelAndChecksTheHoldout() throws Exception {
        cdnowMasterText();
        CxProcess.Result bgnbd = CxProcess.run(
                dir,
                "clv",
                "CDNOW_master.txt",
                "--calibration-end",
                "1997-09-30",
                "--holdout-end",
                "1998-06-30",
                "--top",
                "3");
        assertThat(bgnbd.exitCode()).as(bgnbd.stderr()).isZero();
        assertThat(bgnbd.stderr()).isEmpty();
        assertThat(bgnbd.stdout())
                .contains(
                        "2,357 customers to 1997-09-30 (times in weeks) from 6,919 transactions",
                        "same-day transactions of one customer were collapsed into one purchase occasion",
                        "BG/NBD: log-likelihood -9582.4",
                        "Holdout 1997-10-01 to 1998-06-30 (39.0 weeks): 1653.4 repeat "
                                + "purchases expected, 1,882 made; mean absolute error 0.224");
        assertThat(row(bgnbd.stdout(), "BG/NBD", "r")).contains("0.2426");
        assertThat(row(bgnbd.stdout(), "BG/NBD", "alpha")).contains("4.4136");
        assertThat(row(bgnbd.stdout(), "Gamma-Gamma", "p")).isNotEmpty();
        assertThat(bgnbd.stdout().lines().filter(line -> line.matches("\\s*\\d{5} .*")))
                .hasSize(3);
        assertThat(bgnbd.stdout()
                        .lines()
                        .filter(line -> line.matches("\\s*7\\+\\s+64\\s+394\\.1\\s+407 .*")))
                .hasSize(1);

        CxProcess.Result pnbd = CxProcess.run(
                dir,
                "clv",
                "CDNOW_master.txt",
                "--calibration-end",
                "1997-09-30",
                "--holdout-end",
                "1998-06-30",
                "--model",
                "pnbd",
                "--top",
                "1");
        assertThat(pnbd.exitCode()).as(pnbd.stderr()).isZero();
        assertThat(pnbd.stdout())
                .contains(
                        "Pareto/NBD: log-likelihood -9595.0",
                        "1665.5 repeat purchases expected, 1,882 made; mean absolute error 0.101");
        assertThat(row(pnbd.stdout(), "Pareto/NBD", "r")).contains("0.5533");
        assertThat(row(pnbd.stdout(), "Pareto/NBD", "beta")).contains("11.66");

        CxProcess.Result mbgnbd = CxProcess.run(
                dir,
                "clv",
                "CDNOW_master.txt",
                "--calibration-end",
                "1997-09-30",
                "--model",
                "mbgnbd",
                "--top",
                "1",
                "-f",
                "csv");
        assertThat(mbgnbd.exitCode()).as(mbgnbd.stderr()).isZero();
        assertThat(mbgnbd.stdout())
                .startsWith("table,model,parameter,estimate,standardError,")
                .contains("parameters,MBG/NBD,r,0.5248");
    }

    @Test
    void csvWithHeaderNamedColumnsDayFirstDatesAndZeroAmounts() throws Exception {
        StringBuilder text = new StringBuilder("InvoiceNo,CustomerID,InvoiceDate,Total\n");
        int i = 0;
        for (String[] t : transactions) {
            String[] ymd = t[1].split("-");
            // every fifth transaction is free: a $0 purchase
            String amount = i % 5 == 4 ? "0" : t[2];
            text.append("INV")
                    .append(i++)
                    .append(',')
                    .append(t[0])
                    .append(',')
                    .append(ymd[2])
                    .append('/')
                    .append(ymd[1])
                    .append('/')
                    .append(ymd[0])
                    .append(',')
                    .append(amount)
                    .append('\n');
        }
        Files.writeString(dir.resolve("invoices.csv"), text, StandardCharsets.UTF_8);
        CxProcess.Result result = CxProcess.run(
                dir,
                "clv",
                "invoices.csv",
                "--calibration-end",
                "1997-09-30",
                "--columns",
                "id=CustomerID,date=InvoiceDate,amount=Total",
                "--date-format",
                "dd/MM/yyyy",
                "--top",
                "2");
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        // the purchase model sees the same occasions as with amounts: the same BG/NBD fit
        assertThat(result.stdout())
                .contains(
                        "2,357 customers",
                        "BG/NBD: log-likelihood -9582.4",
                        "repeat purchases of amount 0 count as purchases, not as spend");
        assertThat(row(result.stdout(), "BG/NBD", "r")).contains("0.2426");

        CxProcess.Result byPosition = CxProcess.run(
                dir,
                "clv",
                "invoices.csv",
                "--calibration-end",
                "1997-09-30",
                "--columns",
                "id=2,date=3,amount=4",
                "--date-format",
                "dd/MM/yyyy",
                "--top",
                "1",
                "-f",
                "json");
        assertThat(byPosition.exitCode()).as(byPosition.stderr()).isZero();
        assertThat(byPosition.stdout())
                .contains("\"customers\" : 2357", "\"zeroAmountRepeatPurchases\"", "\"clvLower\"");
    }

    @Test
    void badRecordsAreSkippedWithTheirLineOrStopTheRun() throws Exception {
        String bad =
                "99999 19970110 1 -3.00\r\n99998 1997-01-07 1 4.00\r\n99997 19970301 2 abc\r\n";
        Files.writeString(
                dir.resolve("bad.txt"),
                bad + Files.readString(cdnowMasterText()),
                StandardCharsets.UTF_8);
        CxProcess.Result skipped = CxProcess.run(
                dir,
                "clv",
                "bad.txt",
                "--calibration-end",
                "1997-09-30",
                "--bad-records",
                "rejected.txt");
        assertThat(skipped.exitCode()).as(skipped.stderr()).isEqualTo(1);
        assertThat(skipped.stderr())
                .contains(
                        "3 bad record(s) skipped of 6922 read",
                        "bad.txt:1",
                        "bad.txt:2",
                        "bad.txt:3");
        assertThat(skipped.stdout()).contains("2,357 customers");
        assertThat(Files.readAllLines(dir.resolve("rejected.txt"))).hasSize(3);

        CxProcess.Result failFast = CxProcess.run(
                dir, "clv", "bad.txt", "--calibration-end", "1997-09-30", "--fail-fast");
        assertThat(failFast.exitCode()).isEqualTo(1);
        assertThat(failFast.stderr()).startsWith("cx: bad.txt:1").doesNotContain("Exception");
    }

    @Test
    void outOfRangeOptionsAreUsageErrorsAndHelpDocumentsEveryOption() throws Exception {
        cdnowMasterText();
        String[][] cases = {
            {"--months", "0", "--months must be >= 1, was 0"},
            {"--top", "-1", "--top must be >= 1, was -1"},
            {"--model", "pareto", "--model must be bgnbd, mbgnbd or pnbd, was 'pareto'"},
            {
                "--holdout-end",
                "1997-01-01",
                "--holdout-end must be after --calibration-end 1997-09-30"
            },
            {"--columns", "id,date", "--columns must name the id, date and amount columns"},
        };
        for (String[] c : cases) {
            CxProcess.Result result = CxProcess.run(
                    dir, "clv", "CDNOW_master.txt", "--calibration-end", "1997-09-30", c[0], c[1]);
            assertThat(result.exitCode()).as(String.join(" ", c)).isEqualTo(2);
            assertThat(result.stderr()).contains(c[2]).doesNotContain("Exception");
        }
        CxProcess.Result early =
                CxProcess.run(dir, "clv", "CDNOW_master.txt", "--calibration-end", "1990-01-01");
        assertThat(early.exitCode()).isEqualTo(2);
        assertThat(early.stderr())
                .contains("no customer made a first purchase on or before --calibration-end");

        CxProcess.Result help = CxProcess.run(dir, "clv", "--help");
        assertThat(help.exitCode()).isZero();
        List<String> options = List.of(
                "--columns",
                "--date-format",
                "--model",
                "--calibration-end",
                "--holdout-end",
                "--months",
                "--monthly-discount",
                "--top",
                "--zone",
                "--input-format",
                "--skip-bad",
                "--fail-fast",
                "--bad-records",
                "--format",
                "--column");
        for (String option : options) {
            assertThat(help.stdout()
                            .lines()
                            .filter(line -> line.contains(option + "=")
                                    || line.contains(option + " ")
                                    || line.endsWith(option)))
                    .as(option)
                    .isNotEmpty();
        }
        assertThat(help.stdout())
                .contains(
                        "Discount rate per month as a fraction",
                        "CLV horizon in months",
                        "Purchase model: bgnbd, mbgnbd or pnbd",
                        "Which columns hold the customer id",
                        "Dates as a pattern",
                        "Time zone of times written without one",
                        "are left out of the spend model")
                .doesNotContain("Exception")
                .doesNotContain("SLF4J");
    }

    /** The cells of the parameter table row of {@code parameter} in {@code model}. */
    private static String row(String stdout, String model, String parameter) {
        return stdout.lines()
                .filter(line -> line.matches("\\s*" + java.util.regex.Pattern.quote(model) + "\\s+"
                        + parameter + "\\s+.*"))
                .findFirst()
                .orElse("");
    }
}
