package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The holdout check of {@code cx report}'s lifetime-value section: by default the models are
 * fitted on the first two thirds of the days the transaction log spans and checked on the
 * rest; flags choose another split or none. On the CDNOW log (1997-01-01 to 1998-06-30, 545
 * days) the default calibration ends on day 363, 1997-12-30.
 */
class ReportHoldoutTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void data() throws Exception {
        TestFiles.sample(dir);
        TestFiles.cdnow(dir);
    }

    /** Runs {@code cx report} of the sample's responses and {@code transactions}. */
    private static CxRun.Result run(String transactions, String html, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "report",
                "--responses",
                "@sample/responses.ndjson",
                "--transactions",
                "@" + transactions,
                "--html",
                "@" + html,
                "-q"));
        args.addAll(List.of(more));
        return CxRun.in(dir, args.toArray(String[]::new));
    }

    /** The lifetime-value section of a report that must succeed. */
    private static String clv(String transactions, String html, String... more) throws Exception {
        CxRun.Result result = run(transactions, html, more);
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        return ChurnTableReportTest.section(Files.readString(dir.resolve(html)), "clv");
    }

    @Test
    void withoutFlagsTheLastThirdOfTheLogIsHeldOut() throws Exception {
        assertThat(clv("cdnow.csv", "default.html"))
                .contains(
                        "data-chart=\"clv-holdout\"",
                        "transactions to 1997-12-30 (times in weeks)",
                        "fitted on the first two thirds of the days the transactions span, to "
                                + "1997-12-30, and checked on the rest, to 1998-06-30");
    }

    @Test
    void theFlagsChooseAnotherSplitAndNoDefaultIsMentioned() throws Exception {
        assertThat(clv(
                        "cdnow.csv",
                        "chosen.html",
                        "--calibration-end",
                        "1997-09-30",
                        "--holdout-end",
                        "1998-06-30"))
                .contains("data-chart=\"clv-holdout\"", "transactions to 1997-09-30")
                .doesNotContain("By default");
    }

    @Test
    void noHoldoutFitsOnAllTransactions() throws Exception {
        assertThat(clv("cdnow.csv", "all.html", "--no-holdout"))
                .contains("transactions to 1998-06-30")
                .doesNotContain("data-chart=\"clv-holdout\"");
    }

    @Test
    void aLogOfFewerThanNinetyDaysGetsNoDefaultHoldout() throws Exception {
        List<String> lines = Files.readAllLines(dir.resolve("cdnow.csv"));
        List<String> march = lines.stream()
                .filter(line -> line.startsWith("customerId") || line.contains(",1997-03-"))
                .toList();
        Files.write(dir.resolve("march.csv"), march);
        assertThat(clv("march.csv", "march.html"))
                .doesNotContain("data-chart=\"clv-holdout\"")
                .doesNotContain("By default");
    }

    @Test
    void noHoldoutBesideASplitIsAUsageError() {
        CxRun.Result result =
                run("cdnow.csv", "x.html", "--no-holdout", "--calibration-end", "1997-09-30");
        assertThat(result.exitCode()).isEqualTo(Cx.USAGE);
        assertThat(result.stderr())
                .contains("--no-holdout fits on all transactions: leave out --calibration-end "
                        + "and --holdout-end, or --no-holdout");
        assertThat(dir.resolve("x.html")).doesNotExist();
    }
}
