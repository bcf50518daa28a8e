package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.json.CxJson;
import dev.cxkit.stats.ProportionInterval;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code cx survival} and {@code cx churn} on a telco-style churn export (one row per customer,
 * tenure in months, Churn Yes/No, quoted cells, CRLF, blank lines), every number against R's
 * survival package: {@code src/test/resources/telco-reference.R} wrote the file and printed
 * the values held here.
 */
class ChurnTableTest {

    private static final double R = 1e-9;

    @TempDir
    static Path dir;

    @BeforeAll
    static void copyExport() throws IOException {
        Files.move(TestFiles.telco(dir), dir.resolve("telco.csv"));
        String text = Files.readString(dir.resolve("telco.csv"), StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("status.csv"),
                text.replace("Churn\r\n", "Status\r\n")
                        .replace(",Yes\r\n", ",Left\r\n")
                        .replace(",No\r\n", ",Stayed\r\n"));
        // Customer 200 sits on line 202: a header and one blank line (after row 150) before it.
        List<String> lines = Files.readAllLines(dir.resolve("telco.csv"));
        assertThat(lines.get(201)).startsWith("0200-");
        lines.set(201, lines.get(201).replaceAll(",(Yes|No)$", ",Maybe"));
        Files.writeString(dir.resolve("bad.csv"), String.join("\r\n", lines) + "\r\n");
    }

    private static JsonNode json(String... args) {
        CxRun.Result result = CxRun.in(dir, args);
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        return CxJson.mapper().readTree(result.stdout());
    }

    @Test
    void survivalOfAChurnTableMatchesSurvfit() {
        JsonNode all = json(TestFiles.churnTable(
                        "survival", "telco.csv", "--at", "1,3,6,12,24,72", "-f", "json"))
                .get("tables")
                .get("survival")
                .get(0);
        assertThat(all.get("customers").asLong()).isEqualTo(400);
        assertThat(all.get("churned").asLong()).isEqualTo(171);
        assertThat(all.get("survival1").asDouble()).isCloseTo(0.984693877551020, within(R));
        assertThat(all.get("survival6").asDouble()).isCloseTo(0.870643821747583, within(R));
        assertThat(all.get("survival12").asDouble()).isCloseTo(0.774727549883308, within(R));
        assertThat(all.get("survival24").asDouble()).isCloseTo(0.649172303404381, within(R));
        // R extends the curve to 72 months; the last follow-up is 71: not estimated.
        assertThat(all.get("survival72").isNull()).isTrue();
        assertThat(all.get("lastFollowUp").asDouble()).isEqualTo(71);
        assertThat(all.get("median").asDouble()).isEqualTo(39);
        assertThat(all.get("medianLower").asDouble()).isEqualTo(32);
        assertThat(all.get("medianUpper").asDouble()).isEqualTo(45);
        assertThat(all.get("restrictedMean").asDouble()).isCloseTo(40.56036690956797, within(R));
    }

    @Test
    void groupsByContractWithTheLogRankTest() {
        JsonNode out = json(TestFiles.churnTable(
                "survival", "telco.csv", "--by", "Contract", "--at", "12,24", "-f", "json"));
        JsonNode rows = out.get("tables").get("survival");
        assertThat(rows)
                .extracting(row -> row.get("group").asString())
                .containsExactly("Month-to-month", "One year", "Two year");
        JsonNode monthly = row(rows, "group", "Month-to-month");
        assertThat(monthly.get("customers").asLong()).isEqualTo(209);
        assertThat(monthly.get("churned").asLong()).isEqualTo(130);
        assertThat(monthly.get("survival12").asDouble()).isCloseTo(0.663643513041010, within(R));
        assertThat(monthly.get("survival24").asDouble()).isCloseTo(0.479770450590009, within(R));
        assertThat(monthly.get("median").asDouble()).isEqualTo(24);
        assertThat(monthly.get("restrictedMean").asDouble()).isCloseTo(26.6722364167151, within(R));
        JsonNode oneYear = row(rows, "group", "One year");
        assertThat(oneYear.get("survival24").asDouble()).isCloseTo(0.763021655655958, within(R));
        assertThat(oneYear.get("medianUpper").isNull()).isTrue();
        JsonNode twoYear = row(rows, "group", "Two year");
        assertThat(twoYear.get("survival12").asDouble()).isCloseTo(0.975342465753425, within(R));
        assertThat(twoYear.get("median").isNull()).isTrue();
        assertThat(out.get("logRank").get("chiSquare").asDouble())
                .isCloseTo(95.2922032957539, within(1e-9));
        assertThat(out.get("logRank").get("degreesOfFreedom").asInt()).isEqualTo(2);
    }

    @Test
    void coxModelMatchesCoxphAndCoxZph() {
        JsonNode out = json(TestFiles.churnTable(
                "survival", "telco.csv", "--cox", "Contract,MonthlyCharges", "-f", "json"));
        JsonNode cox = out.get("tables").get("cox");
        assertThat(cox).hasSize(3);
        JsonNode oneYear = row(cox, "coefficient", "Contract=One year");
        assertThat(oneYear.get("hazardRatio").asDouble())
                .isCloseTo(0.3372571612985497, within(1e-6));
        assertThat(oneYear.get("hazardRatioLower").asDouble())
                .isCloseTo(0.2276981619988007, within(1e-6));
        assertThat(oneYear.get("hazardRatioUpper").asDouble())
                .isCloseTo(0.499531449216332, within(1e-6));
        assertThat(oneYear.get("standardError").asDouble())
                .isCloseTo(0.2004245135855891, within(1e-6));
        assertThat(row(cox, "coefficient", "Contract=Two year").get("estimate").asDouble())
                .isCloseTo(-2.7110243474065601, within(1e-6));
        JsonNode charges = row(cox, "coefficient", "MonthlyCharges");
        assertThat(charges.get("hazardRatio").asDouble())
                .isCloseTo(1.0155925331367905, within(1e-6));
        assertThat(charges.get("p").asDouble()).isCloseTo(3.35187922371412e-08, within(1e-12));
        JsonNode model = out.get("cox");
        assertThat(model.get("likelihoodRatioTest").get("statistic").asDouble())
                .isCloseTo(140.200630496063, within(1e-6));
        assertThat(model.get("waldTest").get("statistic").asDouble())
                .isCloseTo(95.8856240106475, within(1e-6));
        assertThat(model.get("scoreTest").get("statistic").asDouble())
                .isCloseTo(123.811256224044, within(1e-6));
        assertThat(model.get("concordance").asDouble()).isCloseTo(0.738178479802807, within(1e-9));
        JsonNode ph = out.get("tables").get("proportionalHazards");
        assertThat(row(ph, "term", "Contract").get("chiSquare").asDouble())
                .isCloseTo(1.5622689439232, within(1e-4));
        assertThat(row(ph, "term", "Contract").get("degreesOfFreedom").asInt()).isEqualTo(2);
        assertThat(row(ph, "term", "MonthlyCharges").get("chiSquare").asDouble())
                .isCloseTo(0.0196132020878161, within(1e-4));
        assertThat(row(ph, "term", "GLOBAL").get("p").asDouble())
                .isCloseTo(0.665775039439436, within(1e-4));
    }

    @Test
    void tableAndCsvShowNoSurvivalBeyondTheLastFollowUp() {
        CxRun.Result table = CxRun.in(
                dir,
                TestFiles.churnTable(
                        "survival", "telco.csv", "--at", "12,72", "--cox", "Contract"));
        assertThat(table.exitCode()).as(table.stderr()).isZero();
        assertThat(table.stdout())
                .contains(
                        "durations in months",
                        "S(12mo)",
                        "S(72mo)",
                        "77.5%",
                        "not estimated",
                        "hazard ratio",
                        "Contract against Month-to-month",
                        "likelihood-ratio test",
                        "Proportional-hazards test",
                        "GLOBAL");
        CxRun.Result csv = CxRun.in(
                dir, TestFiles.churnTable("survival", "telco.csv", "--at", "12,72", "-f", "csv"));
        assertThat(csv.exitCode()).isZero();
        String[] lines = csv.stdout().split("\r\n");
        assertThat(lines[0]).startsWith("group,customers,churned,survival12,survival72,");
        assertThat(lines[1]).startsWith("all,400,171,0.774727549883308,,");
    }

    @Test
    void namedEventValueReadsLeftAsChurn() {
        JsonNode all = json(
                        "survival",
                        "@status.csv",
                        "--duration",
                        "tenure",
                        "--event",
                        "Status=Left",
                        "--unit",
                        "months",
                        "--at",
                        "12",
                        "-f",
                        "json")
                .get("tables")
                .get("survival")
                .get(0);
        assertThat(all.get("churned").asLong()).isEqualTo(171);
        assertThat(all.get("survival12").asDouble()).isCloseTo(0.774727549883308, within(R));
    }

    @Test
    void churnTableModeGivesShareHorizonAndRetention() {
        JsonNode out = json(TestFiles.churnTable(
                "churn",
                "telco.csv",
                "--by",
                "Contract",
                "--horizon",
                "12",
                "--at",
                "24,72",
                "--interval",
                "agresti-coull",
                "-f",
                "json"));
        JsonNode monthly = row(out.get("tables").get("churn"), "group", "Month-to-month");
        assertThat(monthly.get("churnedShare").asDouble()).isCloseTo(130 / 209.0, within(1e-12));
        assertThat(monthly.get("churnedShareLower").asDouble())
                .isEqualTo(ProportionInterval.AGRESTI_COULL
                        .interval(130, 209, 0.95)
                        .lower());
        assertThat(monthly.get("churnWithin").asDouble())
                .isCloseTo(1 - 0.663643513041010, within(R));
        assertThat(monthly.get("churnWithinLower").asDouble())
                .isCloseTo(1 - 0.734258604259234, within(R));
        assertThat(monthly.get("churnWithinUpper").asDouble())
                .isCloseTo(1 - 0.599819613752758, within(R));
        JsonNode retention = row(out.get("tables").get("retention"), "group", "One year");
        assertThat(retention.get("retention24").asDouble()).isCloseTo(0.763021655655958, within(R));
        assertThat(retention.get("retention72").isNull()).isTrue();
        assertThat(out.get("logRank").get("chiSquare").asDouble())
                .isCloseTo(95.2922032957539, within(1e-9));
        CxRun.Result table = CxRun.in(dir, TestFiles.churnTable("churn", "telco.csv"));
        assertThat(table.exitCode()).isZero();
        assertThat(table.stdout())
                .contains("churn within 12 months", "wilson 95.0% interval", "22.5%");
    }

    @Test
    void outOfRangeValuesAndHalfGivenModesAreUsageErrors() {
        assertUsage(
                "--at must be a duration >= 0 in months, was -5",
                TestFiles.churnTable("survival", "telco.csv", "--at", "-5"));
        assertUsage(
                "--horizon must be a duration >= 0 in days",
                TestFiles.churnTableInDays("churn", "telco.csv", "--horizon", "-1"));
        assertUsage("--event needs --duration", "survival", "@telco.csv", "--event", "Churn");
        assertUsage("--duration needs --event", "churn", "@telco.csv", "--duration", "tenure");
        assertUsage("customer records need --from", "churn", "@telco.csv");
        assertUsage(
                "expected one of days, weeks, months, years, was 'fortnights'",
                TestFiles.churnTableInDays("survival", "telco.csv", "--unit", "fortnights"));
        assertUsage("--cox needs a churn table", "survival", "@telco.csv", "--cox", "Contract");
        assertUsage(
                "--level must be in (0, 1)",
                TestFiles.churnTableInDays("survival", "telco.csv", "--level", "95"));
        assertUsage(
                "reference level 'Monthly'",
                TestFiles.churnTableInDays(
                        "survival",
                        "telco.csv",
                        "--cox",
                        "Contract",
                        "--reference",
                        "Contract=Monthly"));
        CxRun.Result unknown = CxRun.in(
                dir, TestFiles.churnTableInDays("survival", "telco.csv", "--by", "Contrat"));
        assertThat(unknown.exitCode()).as(unknown.stderr()).isEqualTo(Cx.USAGE);
        assertThat(unknown.stderr())
                .contains("Contrat", "Contract", "tenure")
                .doesNotContain("Exception");
    }

    @Test
    void aBadEventValueIsSkippedAndReportedAtItsLine() {
        CxRun.Result result = CxRun.in(dir, TestFiles.churnTable("survival", "bad.csv"));
        assertThat(result.exitCode()).isEqualTo(Cx.DATA_ERRORS);
        assertThat(result.stderr())
                .contains("bad.csv:202:10: Churn:", "Maybe")
                .doesNotContain("Exception");
        assertThat(result.stdout()).contains("all", "399");
    }

    @Test
    void blankCellsOfAModelColumnAreBadRecordsAndAnEmptyTableIsNoData() throws IOException {
        // New customers (tenure 0) have a blank TotalCharges, as in the public export.
        CxRun.Result result = CxRun.in(
                dir,
                TestFiles.churnTable(
                        "survival", "telco.csv", "--cox", "TotalCharges", "-f", "json"));
        assertThat(result.exitCode()).isEqualTo(Cx.DATA_ERRORS);
        assertThat(result.stderr())
                .contains("TotalCharges: must not be blank")
                .doesNotContain("Exception");
        JsonNode cox = CxJson.mapper().readTree(result.stdout()).get("cox");
        assertThat(cox.get("n").asInt()).isLessThan(400).isGreaterThan(350);
        Files.writeString(dir.resolve("empty.csv"), "customerID,tenure,Churn\r\n");
        for (String command : List.of("survival", "churn")) {
            for (String format : List.of("table", "csv", "json")) {
                CxRun.Result empty = CxRun.in(
                        dir, TestFiles.churnTableInDays(command, "empty.csv", "-f", format));
                assertThat(empty.exitCode()).as(command + " " + format).isEqualTo(Cx.USAGE);
                assertThat(empty.stderr()).contains("empty.csv", "no records");
            }
        }
    }

    @Test
    void helpDocumentsEveryOption() {
        CommandLine cx = new CommandLine(new Cx());
        for (String command : List.of("survival", "churn")) {
            CxRun.Result help = CxRun.in(dir, command, "--help");
            assertThat(help.exitCode()).isZero();
            assertThat(help.stdout()).contains("--duration", "--event", "--unit", "--by", "--at");
            for (OptionSpec option :
                    cx.getSubcommands().get(command).getCommandSpec().options()) {
                assertThat(String.join(" ", option.description()))
                        .as("%s %s", command, option.longestName())
                        .isNotBlank();
            }
        }
    }

    private static void assertUsage(String message, String... args) {
        CxRun.Result result = CxRun.in(dir, args);
        assertThat(result.exitCode()).as(result.stderr()).isEqualTo(Cx.USAGE);
        assertThat(result.stderr()).contains(message).doesNotContain("Exception");
    }

    private static JsonNode row(JsonNode rows, String field, String value) {
        for (JsonNode row : rows) {
            if (row.get(field).asString().equals(value)) {
                return row;
            }
        }
        throw new AssertionError("no row with " + field + " = " + value + " in " + rows);
    }
}
