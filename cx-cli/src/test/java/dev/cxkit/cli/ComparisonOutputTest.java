package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.json.CxJson;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What {@code --compare} prints is what it computed: the difference of the printed values. */
class ComparisonOutputTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void writeData() {
        TestFiles.sample(dir);
    }

    @Test
    void differenceWithTheRestIsTheRowMinusTheRestItPrints() {
        for (String command : List.of("nps", "csat", "ces")) {
            JsonNode rows = scorecard(command, "--by", "touchpoint", "--compare", "rest");
            int compared = 0;
            for (JsonNode row : rows) {
                if (row.get("difference").isNull()) {
                    continue;
                }
                compared++;
                assertThat(row.get("difference").doubleValue())
                        .as(command + " " + row)
                        .isCloseTo(
                                row.get("value").doubleValue()
                                        - row.get("baseline").doubleValue(),
                                within(1e-9));
            }
            assertThat(compared).as(command).isGreaterThan(3);
        }
    }

    @Test
    void differenceWithThePreviousPeriodIsTheDifferenceOfTwoPrintedRows() {
        JsonNode rows = scorecard("nps", "--by", "month", "--compare", "previous");
        Map<String, Double> byMonth = new HashMap<>();
        rows.forEach(
                row -> byMonth.put(row.get("month").asString(), row.get("value").doubleValue()));
        int compared = 0;
        for (JsonNode row : rows) {
            if (row.get("difference").isNull()) {
                continue;
            }
            compared++;
            String month = row.get("month").asString();
            String previous = java.time.YearMonth.parse(month).minusMonths(1).toString();
            assertThat(row.get("baseline").doubleValue()).isEqualTo(byMonth.get(previous));
            assertThat(row.get("difference").doubleValue())
                    .as(month)
                    .isCloseTo(byMonth.get(month) - byMonth.get(previous), within(1e-9));
        }
        assertThat(compared).isGreaterThan(5);
    }

    @Test
    void theTableShowsTheRestAndADifferenceThatAddsUp() {
        CxRun.Result result = CxRun.in(
                dir, "nps", "@sample/responses.ndjson", "--by", "touchpoint", "--compare", "rest");
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        String header = result.stdout()
                .lines()
                .filter(line -> line.startsWith("touchpoint"))
                .findFirst()
                .orElseThrow();
        assertThat(header).contains("NPS", "rest", "vs rest", "p adj.");
        String phone = result.stdout()
                .lines()
                .filter(line -> line.startsWith("support-phone"))
                .findFirst()
                .orElseThrow();
        // touchpoint, n, NPS, [lower, upper], rest, difference, p, p adj., *
        String[] cells = phone.replaceAll("\\[[^]]*\\]", "I").trim().split("\\s+");
        double nps = Double.parseDouble(cells[2]);
        double rest = Double.parseDouble(cells[4]);
        double difference = Double.parseDouble(cells[5]);
        assertThat(difference).isCloseTo(nps - rest, within(0.1 + 1e-9));
    }

    @Test
    void cesAgreeIsLabelledCes() {
        CxRun.Result result = CxRun.in(dir, "ces", "@sample/responses.ndjson", "--agree");
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).startsWith("CES agree on ces 1..7").doesNotContain("CSAT");
    }

    private static JsonNode scorecard(String command, String... options) {
        String[] args = new String[options.length + 4];
        args[0] = command;
        args[1] = "@sample/responses.ndjson";
        System.arraycopy(options, 0, args, 2, options.length);
        args[args.length - 2] = "-f";
        args[args.length - 1] = "json";
        CxRun.Result result = CxRun.in(dir, args);
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        return CxJson.mapper().readTree(result.stdout()).get("tables").get("scorecard");
    }
}
