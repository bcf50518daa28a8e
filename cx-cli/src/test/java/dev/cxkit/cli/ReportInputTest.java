package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * {@code cx report} finds its inputs by flag or by content (header or first record), never by
 * file name: the sample data set under arbitrary names, a directory with a stray file, a CSV
 * survey export and a transaction log.
 */
class ReportInputTest {

    /** The sample's files renamed so that their names say nothing. */
    private static Path renamedSample(Path dir) throws Exception {
        Path sample = TestFiles.sample(dir);
        Path data = Files.createDirectory(dir.resolve("export"));
        Files.move(sample.resolve("responses.ndjson"), data.resolve("a.ndjson"));
        Files.move(sample.resolve("interactions.ndjson"), data.resolve("b.ndjson"));
        Files.move(sample.resolve("touchpoints.ndjson"), data.resolve("c.ndjson"));
        Files.move(sample.resolve("customers.ndjson"), data.resolve("d.ndjson"));
        return data;
    }

    private static long lines(Path file) throws Exception {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(line -> !line.isBlank()).count();
        }
    }

    @Test
    void filesNamedArbitrarilyAreToldApartByTheirFields(@TempDir Path dir) throws Exception {
        Path data = renamedSample(dir);

        CxRun.Result result = CxRun.in(
                dir,
                "report",
                "@export/d.ndjson",
                "@export/c.ndjson",
                "@export/b.ndjson",
                "@export/a.ndjson",
                "--html",
                "@report.html",
                "-q");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout())
                .contains(String.format(
                        java.util.Locale.ROOT,
                        "(%,d responses, %,d interactions, %,d customers, 0 transactions)",
                        lines(data.resolve("a.ndjson")),
                        lines(data.resolve("b.ndjson")),
                        lines(data.resolve("d.ndjson"))));
        String html = Files.readString(dir.resolve("report.html"));
        assertThat(html)
                .contains(
                        "Customers churned", "<section id=\"funnel\"", "<section id=\"friction\"");
    }

    @Test
    void aDirectoryIgnoresAndNamesAFileThatHoldsNoneOfTheKinds(@TempDir Path dir) throws Exception {
        Path data = renamedSample(dir);
        Files.writeString(
                data.resolve("notes.csv"), "author,text\nann,to do\n", StandardCharsets.UTF_8);

        CxRun.Result result = CxRun.in(dir, "report", "@export", "--html", "@report.html", "-q");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stderr())
                .contains("ignored '" + data.resolve("notes.csv")
                        + "': its first record has the fields [author, text]; expected interactions "
                        + "(touchpointId, outcome), responses (score)");
        assertThat(result.stdout()).contains(" customers, 0 transactions)");
    }

    @Test
    void aFileNamedOnItsOwnThatHoldsNoneOfTheKindsIsAUsageError(@TempDir Path dir)
            throws Exception {
        Path data = renamedSample(dir);
        Files.writeString(
                data.resolve("notes.csv"), "author,text\nann,to do\n", StandardCharsets.UTF_8);

        CxRun.Result result = CxRun.in(
                dir, "report", "@export/a.ndjson", "@export/notes.csv", "--html", "@report.html");

        assertThat(result.exitCode()).isEqualTo(Cx.USAGE);
        assertThat(result.stderr())
                .contains(
                        "cannot tell what '" + data.resolve("notes.csv")
                                + "' holds: its first record has the fields [author, text]",
                        "customers (acquiredAt), transactions (customerId, time, amount)",
                        "or give it with --responses, --interactions, --touchpoints, --customers, "
                                + "--transactions or --churn-table");
        assertThat(result.stdout()).isEmpty();
        assertThat(dir.resolve("report.html")).doesNotExist();
    }

    @Test
    void customersAndTransactionsByFlagWhateverTheirNames(@TempDir Path dir) throws Exception {
        Path data = renamedSample(dir);
        Path log = TestFiles.cdnow(dir);
        Files.move(log, dir.resolve("purchases-2024.csv"));

        CxRun.Result result = CxRun.in(
                dir,
                "report",
                "--responses",
                "@export/a.ndjson",
                "--customers",
                "@export/d.ndjson",
                "--transactions",
                "@purchases-2024.csv",
                "--html",
                "@report.html",
                "-q");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        long transactions = lines(dir.resolve("purchases-2024.csv")) - 1;
        assertThat(result.stdout())
                .contains(String.format(
                        java.util.Locale.ROOT,
                        "%,d customers, %,d transactions)",
                        lines(data.resolve("d.ndjson")),
                        transactions));
        assertThat(Files.readString(dir.resolve("report.html")))
                .contains(
                        "Transactions", String.format(java.util.Locale.ROOT, "%,d", transactions));
    }

    @Test
    void aCsvSurveyExportAndATransactionLogAreFoundByTheirHeaders(@TempDir Path dir)
            throws Exception {
        Files.writeString(
                dir.resolve("export.csv"),
                "customerId,time,instrument,score,comment\r\n"
                        + "c1,2024-05-01T10:00:00Z,nps,9,\"fine, \"\"really\"\"\"\r\n"
                        + "c2,2024-05-02T10:00:00Z,nps,3,\"slow\nand rude\"\r\n"
                        + "c3,2024-05-03T10:00:00Z,nps,10,\r\n",
                StandardCharsets.UTF_8);
        TestFiles.cdnow(dir);

        CxRun.Result result = CxRun.in(
                dir, "report", "@export.csv", "@cdnow.csv", "--html", "@report.html", "-q");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout())
                .contains(String.format(
                        java.util.Locale.ROOT,
                        "(3 responses, 0 interactions, 0 customers, %,d transactions)",
                        lines(dir.resolve("cdnow.csv")) - 1));
        assertThat(Files.readString(dir.resolve("report.html"))).contains("33.3");
    }
}
