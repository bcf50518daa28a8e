package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.json.CxJson;
import dev.cxkit.stats.ProportionInterval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --interval wilson|agresti-coull} wherever a command reports a share: {@code cx csat}
 * (total and scorecard rows) and {@code cx ces --agree}, checked end to end against published
 * Agresti-Coull bounds (cx-core's {@code agresti_coull_published.md}: RSurveillance's
 * {@code binom.agresti(25, 200)} prints 0.08558957 and 0.1785444). {@code cx churn} has its own
 * case in {@link ChurnTableTest}.
 */
class ShareIntervalTest {

    @TempDir
    Path dir;

    @Test
    void csatTakesTheAgrestiCoullIntervalOverallAndPerRow() throws Exception {
        // 200 answers of a 1..5 survey export, 25 of them 4 or 5; 100 in March with 10 satisfied,
        // 100 in April with 15
        StringBuilder csv = new StringBuilder("id,time,rating\n");
        for (int i = 0; i < 200; i++) {
            boolean march = i < 100;
            boolean satisfied = march ? i < 10 : i < 115;
            csv.append(i)
                    .append(march ? ",2025-03-10T10:00:00Z," : ",2025-04-10T10:00:00Z,")
                    .append(satisfied ? 4 + i % 2 : 1 + i % 3)
                    .append('\n');
        }
        Files.writeString(dir.resolve("ratings.csv"), csv, StandardCharsets.UTF_8);

        JsonNode total = totalRow(run("csat", "--interval", "agresti-coull"));
        assertThat(total.get("n").asLong()).isEqualTo(200);
        assertThat(total.get("value").asDouble()).isEqualTo(0.125);
        assertThat(total.get("intervalLower").asDouble()).isCloseTo(0.08558957, within(5e-9));
        assertThat(total.get("intervalUpper").asDouble()).isCloseTo(0.1785444, within(5e-8));

        JsonNode wilson = totalRow(run("csat"));
        assertThat(wilson.get("intervalLower").asDouble())
                .isEqualTo(ProportionInterval.WILSON.interval(25, 200, 0.95).lower());

        JsonNode rows = run("csat", "--interval", "Agresti-Coull", "--by", "month")
                .get("tables")
                .get("scorecard");
        assertThat(rows).hasSize(3); // March, April, all
        for (JsonNode row : rows) {
            long n = row.get("n").asLong();
            long satisfied = Math.round(row.get("value").asDouble() * n);
            assertThat(row.get("intervalLower").asDouble())
                    .as("%s", row)
                    .isEqualTo(ProportionInterval.AGRESTI_COULL
                            .interval(satisfied, n, 0.95)
                            .lower());
            assertThat(row.get("intervalUpper").asDouble())
                    .isEqualTo(ProportionInterval.AGRESTI_COULL
                            .interval(satisfied, n, 0.95)
                            .upper());
        }

        CxRun.Result table = CxRun.in(
                dir,
                "csat",
                "@ratings.csv",
                "--column",
                "score=rating",
                "--interval",
                "agresti-coull");
        assertThat(table.exitCode()).as(table.stderr()).isZero();
        assertThat(table.stdout()).contains("12.5%", "[8.6%, 17.9%]");
    }

    @Test
    void cesAgreeTakesItToo() throws Exception {
        // CES 2.0 answers 1..7: 25 of 200 agree (5..7)
        StringBuilder csv = new StringBuilder("id,time,effort\n");
        for (int i = 0; i < 200; i++) {
            csv.append(i)
                    .append(",2025-03-01T10:00:00Z,")
                    .append(i < 25 ? 5 + i % 3 : 1 + i % 4)
                    .append('\n');
        }
        Files.writeString(dir.resolve("effort.csv"), csv, StandardCharsets.UTF_8);
        CxRun.Result result = CxRun.in(
                dir,
                "ces",
                "@effort.csv",
                "--column",
                "score=effort",
                "--agree",
                "--interval",
                "agresti-coull",
                "-f",
                "json");
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        JsonNode total = totalRow(CxJson.mapper().readTree(result.stdout()));
        assertThat(total.get("intervalLower").asDouble()).isCloseTo(0.08558957, within(5e-9));
        assertThat(total.get("intervalUpper").asDouble()).isCloseTo(0.1785444, within(5e-8));
    }

    @Test
    void anIntervalMethodWithoutAShareOrUnknownIsAUsageError() throws Exception {
        Files.writeString(
                dir.resolve("ratings.csv"),
                "id,time,rating\n1,2025-03-01T10:00:00Z,4\n2,2025-03-01T11:00:00Z,2\n");
        CxRun.Result mean = CxRun.in(
                dir,
                "csat",
                "@ratings.csv",
                "--column",
                "score=rating",
                "--mean",
                "--interval",
                "agresti-coull");
        assertThat(mean.exitCode()).isEqualTo(2);
        assertThat(mean.stderr())
                .contains("--interval chooses the interval of a share; --mean reports the mean"
                        + " score with its t interval")
                .doesNotContain("Exception");
        CxRun.Result cesMean = CxRun.in(
                dir, "ces", "@ratings.csv", "--column", "score=rating", "--interval", "wilson");
        assertThat(cesMean.exitCode()).isEqualTo(2);
        assertThat(cesMean.stderr()).contains("without --agree cx ces reports the mean");
        CxRun.Result unknown = CxRun.in(
                dir, "csat", "@ratings.csv", "--column", "score=rating", "--interval", "exact");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.stderr())
                .contains("--interval")
                .contains("expected one of wilson, agresti-coull, was 'exact'");
    }

    /** {@code cx COMMAND @ratings.csv --column score=rating OPTIONS -f json}, parsed. */
    private JsonNode run(String command, String... options) throws Exception {
        List<String> args =
                new ArrayList<>(List.of(command, "@ratings.csv", "--column", "score=rating"));
        args.addAll(List.of(options));
        args.addAll(List.of("-f", "json"));
        CxRun.Result result = CxRun.in(dir, args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        return CxJson.mapper().readTree(result.stdout());
    }

    private static JsonNode totalRow(JsonNode out) {
        JsonNode rows = out.get("tables").get("scorecard");
        return rows.get(rows.size() - 1);
    }
}
