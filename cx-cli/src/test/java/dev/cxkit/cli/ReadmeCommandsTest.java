package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * The README's command lines for each shape of real export (survey exports, churn tables,
 * transaction logs with the holdout check, key drivers with a yes/no outcome, the report's
 * inputs), taken from the README as written and run on files of those shapes generated here:
 * each line must still be in the README and must run with exit code 0 and print what it says.
 */
class ReadmeCommandsTest {

    @TempDir
    static Path dir;

    private static String readme;

    /** A README command line and a text its output must hold. */
    record Example(String command, String expected) {
        @Override
        public String toString() {
            return command;
        }
    }

    static Stream<Example> examples() {
        return Stream.of(
                new Example(
                        "cx nps export.csv --column \"score=How likely are you to recommend us? "
                                + "(0-10)\" --column \"time=Submitted At\" --time-format \"dd/MM/yyyy HH:mm\" "
                                + "--zone Europe/Berlin --by month",
                        "2024-03"),
                new Example(
                        "cx csat order_reviews.csv --column score=review_score --column "
                                + "time=review_creation_date --time-format \"yyyy-MM-dd HH:mm:ss\"",
                        "300 responses"),
                new Example("cx ces effort.ndjson --time-format epoch-s", "40 responses"),
                new Example(
                        "cx csat ratings.csv --scale 1..10 --column score=rating --column "
                                + "time=when",
                        "on csat 1..10: 30 responses"),
                new Example("cx sample -o export && cx report export --html report.html", "wrote "),
                new Example(
                        "cx report survey.csv crm-customers.ndjson --transactions "
                                + "purchases.txt --html report.html",
                        "3 responses, 0 interactions, "),
                new Example(
                        "cx report survey.csv telco_churn.csv --duration tenure --event Churn "
                                + "--unit months --churn-by Contract --html report.html",
                        "0 transactions, 400 churn-table rows)"),
                new Example(
                        "cx survival telco_churn.csv --duration tenure --event Churn --unit "
                                + "months --by Contract --at 12,24,72",
                        "log-rank test across 3 groups: chi-square 95.292, df 2"),
                new Example(
                        "cx churn telco_churn.csv --duration tenure --event Churn --unit "
                                + "months --by Contract",
                        "Month-to-month"),
                new Example(
                        "cx clv CDNOW_master.txt --calibration-end 1997-09-30 --top 5",
                        "2,357 customers"),
                new Example(
                        "cx clv CDNOW_master.txt --calibration-end 1997-09-30 --holdout-end "
                                + "1998-06-30 --model pnbd",
                        "7+"),
                new Example(
                        "cx clv invoices.csv --calibration-end 1997-09-30 --columns "
                                + "id=CustomerID,date=InvoiceDate,amount=Total --date-format dd/MM/yyyy -f csv",
                        "parameters,BG/NBD,r,0.2425"),
                new Example(
                        "cx clv invoices.csv --calibration-end 1997-09-30 --columns "
                                + "id=2,date=3,amount=4 --date-format dd/MM/yyyy",
                        "2,357 customers"),
                new Example(
                        "cx drivers telco_churn.csv --outcome Churn --drivers "
                                + "Contract,tenure,MonthlyCharges,SeniorCitizen,Partner",
                        "Key drivers of Churn (yes = 1, no = 0)"),
                new Example(
                        "cx drivers telco_churn.csv --outcome Churn --resamples 200",
                        "dropped customerID"));
    }

    @BeforeAll
    static void writeTheExports() throws IOException {
        readme = String.join(" ", Files.readAllLines(Path.of("..", "README.md")))
                .replaceAll("\\\\\\s+", "")
                .replaceAll("\\s+", " ");
        SplittableRandom random = new SplittableRandom(12);
        StringBuilder export = new StringBuilder(
                "Respondent,\"How likely are you to recommend us? (0-10)\",Submitted At,Comment\r\n");
        for (int i = 0; i < 90; i++) {
            export.append("R")
                    .append(i)
                    .append(',')
                    .append(random.nextInt(11))
                    .append(',')
                    .append(String.format(
                            "%02d/%02d/2024 %02d:%02d", 1 + i % 28, 1 + i % 3, i % 24, i % 60))
                    .append(",\"ok, \"\"fine\"\"\nthanks\"\r\n");
        }
        write("export.csv", export.toString());
        ReviewExport.write(dir.resolve("order_reviews.csv"), 300, 5);
        StringBuilder effort = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            effort.append("{\"time\":")
                    .append(1_714_557_600L + 3600L * i)
                    .append(",\"score\":")
                    .append(1 + random.nextInt(7))
                    .append("}\n");
        }
        write("effort.ndjson", effort.toString());
        StringBuilder ratings = new StringBuilder("when,rating\n");
        for (int i = 0; i < 30; i++) {
            ratings.append("2024-05-")
                    .append(String.format("%02d", 1 + i))
                    .append(',')
                    .append(1 + random.nextInt(10))
                    .append('\n');
        }
        write("ratings.csv", ratings.toString());
        write(
                "survey.csv",
                "customerId,time,instrument,score\nc1,2024-05-01T10:00:00Z,nps,9\n"
                        + "c2,2024-05-02T10:00:00Z,nps,3\nc3,2024-05-03T10:00:00Z,csat,5\n");
        Path sample = TestFiles.sample(dir);
        Files.copy(sample.resolve("customers.ndjson"), dir.resolve("crm-customers.ndjson"));
        TestFiles.telco(dir);
        List<String[]> log = new ArrayList<>();
        TestFiles.cdnow(dir);
        Files.readAllLines(dir.resolve("cdnow.csv")).stream()
                .skip(1)
                .filter(line -> !line.isBlank())
                .forEach(line -> log.add(line.split(",")));
        StringBuilder master = new StringBuilder();
        StringBuilder invoices = new StringBuilder("InvoiceNo,CustomerID,InvoiceDate,Total\r\n");
        DateTimeFormatter dayFirst = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        for (int i = 0; i < log.size(); i++) {
            String[] t = log.get(i);
            master.append(' ')
                    .append(t[0])
                    .append(i % 3 == 0 ? "\t" : "   ")
                    .append(t[1].replace("-", ""))
                    .append("  1   ")
                    .append(t[2])
                    .append("\r\n");
            invoices.append("INV")
                    .append(i)
                    .append(',')
                    .append(t[0])
                    .append(',')
                    .append(java.time.LocalDate.parse(t[1]).format(dayFirst))
                    .append(',')
                    .append(t[2])
                    .append("\r\n");
        }
        write("CDNOW_master.txt", master.toString());
        write("invoices.csv", invoices.toString());
        write("purchases.txt", master.substring(0, master.indexOf("\n", 2000) + 1));
        assertThat(Instant.EPOCH.atOffset(ZoneOffset.UTC).getYear()).isEqualTo(1970);
    }

    private static void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void readmeCommandRunsOnAFileOfItsShape(Example example) {
        assertThat(readme).as("the README still shows the line").contains(example.command());
        StringBuilder out = new StringBuilder();
        for (String command : example.command().split(" && ")) {
            List<String> args = words(command);
            assertThat(args.remove(0)).isEqualTo("cx");
            String[] resolved = args.stream().map(ReadmeCommandsTest::inDir).toArray(String[]::new);
            resolved[0] = args.get(0);
            CxRun.Result result = CxRun.in(dir, resolved);
            assertThat(result.exitCode()).as(command + ": " + result.stderr()).isZero();
            out.append(result.stdout());
        }
        assertThat(out.toString()).as(example.command()).contains(example.expected());
    }

    /** A file name of the example, as a path in the test's directory. */
    private static String inDir(String word) {
        boolean file = !word.startsWith("-")
                && (Files.exists(dir.resolve(word))
                        || word.endsWith(".html")
                        || word.equals("export"));
        return file ? "@" + word : word;
    }

    /** The words of a shell command line, double quotes grouping. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    words.add(word.toString());
                }
                word.setLength(0);
                any = false;
            } else {
                word.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(word.toString());
        }
        return words;
    }
}
