package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.json.CxJson;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code cx nps --weighted} on survey exports whose weights were multiplied out to extreme
 * magnitudes: a weight in [1e-100, 1e100] (SurveyResponse.MIN_WEIGHT, MAX_WEIGHT) gives the
 * weighted NPS of the weights as scaled back (scaling does not change a weighted share), and a
 * weight just outside (the next double, or 1e200 / 1e-200) is a bad record naming the file,
 * line, column, field, value and range: skipped, counted, exit 1; never NaN, never exit 2.
 */
class WeightedNpsTest {

    /** Scores and weights of twelve respondents, as an export would weight them. */
    private static final int[] SCORES = {10, 9, 9, 8, 7, 6, 3, 10, 9, 0, 5, 10};

    private static final String[] WEIGHTS = {
        "1.0", "0.5", "2.0", "1.5", "1.0", "0.8", "1.2", "0.6", "1.0", "2.0", "0.4", "1.0"
    };

    /**
     * The weighted NPS, by hand: promoters weigh 1.0 + 0.5 + 2.0 + 0.6 + 1.0 + 1.0 = 6.1,
     * detractors 0.8 + 1.2 + 2.0 + 0.4 = 4.4, all 13.0, so 100 (6.1 - 4.4) / 13; squared weights
     * sum to 17.1, so Kish's n_eff = 13^2 / 17.1 and the design effect 12 x 17.1 / 13^2.
     */
    private static final double NPS = 100 * (6.1 - 4.4) / 13;

    private static final double EFFECTIVE_N = 13 * 13 / 17.1;

    private static final double DESIGN_EFFECT = 12 * 17.1 / (13 * 13);

    /** The flags that read the CSV export: its headers and its local times. */
    private static final List<String> CSV_FLAGS = List.of(
            "--column",
            "weight=wt_final",
            "--column",
            "score=Q1_NPS",
            "--column",
            "time=EndDate",
            "--column",
            "customerId=ResponseId",
            "--time-format",
            "yyyy-MM-dd HH:mm:ss");

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        // The largest weight, 2.0, becomes exactly 1e100
        "upper, 5e99, 1.00E+100",
        // The smallest weight, 0.4, becomes exactly 1e-100
        "lower, 2.5e-100, 1.00E-100"
    })
    void weightsAtALimitGiveTheWeightedNpsOfTheScaledWeights(
            String name, String factor, String limit) throws IOException {
        List<String> weights = scaled(factor);
        assertThat(weights).contains(limit);
        writeCsv(name + ".csv", weights, List.of());
        writeNdjson(name + ".ndjson", weights, List.of());

        for (CxRun.Result result : List.of(csv(name + ".csv"), ndjson(name + ".ndjson"))) {
            assertThat(result.exitCode()).as(result.stderr()).isZero();
            assertThat(result.stderr()).isEmpty();
            assertWeighted(result);
        }
    }

    @Test
    void weightsJustOutsideTheRangeAreBadRecordsNamingWhereAndWhy() throws IOException {
        // Beyond each limit: the next double after it, and the values of issue 13
        List<String> outside =
                List.of("1.0000000000000002E100", "1e200", "9.999999999999999E-101", "1e-200");
        List<String> weights = scaled("5e99");
        writeCsv("outside.csv", weights, outside);
        writeNdjson("outside.ndjson", weights, outside);

        CxRun.Result csv = csv("outside.csv");
        CxRun.Result ndjson = ndjson("outside.ndjson");
        for (CxRun.Result result : List.of(csv, ndjson)) {
            assertThat(result.exitCode()).as(result.stderr()).isEqualTo(Cx.DATA_ERRORS);
            assertWeighted(result);
            assertThat(result.stdout()).doesNotContain("NaN", "Infinity");
            assertThat(result.stderr())
                    .contains("4 bad record(s) skipped of 16 read")
                    .contains("weight must be 0 or in [1.0E-100, 1.0E100]")
                    .doesNotContain("Exception", "java.", "NaN");
        }
        // The bad rows follow the header and the twelve good ones: lines 14..17 of the CSV,
        // whose weight is its fourth column, shown as written; lines 13..16 of the NDJSON, where
        // the weight is shown as the JSON number was read
        String range = ": weight: weight must be 0 or in [1.0E-100, 1.0E100], was ";
        for (int i = 0; i < outside.size(); i++) {
            assertThat(csv.stderr())
                    .contains("outside.csv:" + (14 + i) + ":4" + range + outside.get(i) + "\n");
            assertThat(ndjson.stderr())
                    .containsPattern("outside\\.ndjson:" + (13 + i) + ":\\d+"
                            + Pattern.quote(range + Double.parseDouble(outside.get(i))) + "\n");
        }
        for (CxRun.Result result : List.of(csv, ndjson)) {
            assertThat(result.stderr()).doesNotContainPattern(", was [^,]*, was ");
        }
    }

    @Test
    void theWeightedNpsIsATableInEveryFormat() throws IOException {
        writeNdjson("plain.ndjson", List.of(WEIGHTS), List.of());
        CxRun.Result table = CxRun.in(dir, "nps", "@plain.ndjson", "--weighted");
        assertThat(table.exitCode()).as(table.stderr()).isZero();
        assertThat(table.stdout())
                .contains("survey-weighted NPS (the responses' weight field): 12 responses")
                .containsPattern("12 +13\\.1 +\\[-?\\d+\\.\\d, \\d+\\.\\d\\] +9\\.9 +1\\.214");
        CxRun.Result csv = CxRun.in(dir, "nps", "@plain.ndjson", "--weighted", "-f", "csv");
        assertThat(csv.stdout().lines())
                .anyMatch(line -> line.startsWith("weighted,") && line.contains(",12,"));
        assertWeighted(CxRun.in(dir, "nps", "@plain.ndjson", "--weighted", "-f", "json"));
    }

    @Test
    void theUnweightedNpsSkipsTheSameBadRecords() throws IOException {
        writeCsv("outside.csv", scaled("1"), List.of("1e200"));
        CxRun.Result result =
                CxRun.in(dir, TestFiles.commandLine("nps", "@outside.csv", CSV_FLAGS));
        assertThat(result.exitCode()).as(result.stderr()).isEqualTo(Cx.DATA_ERRORS);
        assertThat(result.stdout()).contains("12 responses").doesNotContain("weighted");
        assertThat(result.stderr()).contains("outside.csv:14:4: weight: ", "1e200");
    }

    /** Checks the weighted NPS that {@code -f json} printed against the hand computation. */
    private static void assertWeighted(CxRun.Result result) {
        JsonNode row = CxJson.mapper()
                .readTree(result.stdout())
                .get("tables")
                .get("weighted")
                .get(0);
        assertThat(row.get("n").longValue()).isEqualTo(SCORES.length);
        assertThat(row.get("value").doubleValue()).isCloseTo(NPS, within(1e-9));
        assertThat(row.get("effectiveN").doubleValue()).isCloseTo(EFFECTIVE_N, within(1e-9));
        assertThat(row.get("designEffect").doubleValue()).isCloseTo(DESIGN_EFFECT, within(1e-9));
        assertThat(row.get("intervalLower").doubleValue()).isLessThan(NPS);
        assertThat(row.get("intervalUpper").doubleValue()).isGreaterThan(NPS);
    }

    /** The weights times {@code factor}, as exact decimals in scientific notation. */
    private static List<String> scaled(String factor) {
        List<String> scaled = new ArrayList<>();
        for (String weight : WEIGHTS) {
            BigDecimal value = new BigDecimal(weight).multiply(new BigDecimal(factor));
            scaled.add(value.toString());
        }
        return scaled;
    }

    /** A survey tool's CSV export: its own headers, local times, the weight in column 4. */
    private void writeCsv(String name, List<String> weights, List<String> bad) throws IOException {
        write(
                name,
                "ResponseId,EndDate,Q1_NPS,wt_final,Q2_Comment\r\n",
                WeightedNpsTest::row,
                weights,
                bad);
    }

    private static String row(int i, int score, String weight) {
        return String.format(
                "R_%04d,2025-03-%02d 09:%02d:00,%d,%s,%s\r\n",
                i, 1 + i % 28, i % 60, score, weight, i % 3 == 0 ? "\"Quick, friendly\"" : "");
    }

    /** An NDJSON export: one answer a line, with fields cx does not use. */
    private void writeNdjson(String name, List<String> weights, List<String> bad)
            throws IOException {
        write(name, "", WeightedNpsTest::json, weights, bad);
    }

    /** One line of an export: respondent {@code i}'s score and weight. */
    private interface Line {
        String of(int i, int score, String weight);
    }

    /** {@code header}, a line a respondent with {@code weights}, then a 9 for each of {@code bad}. */
    private void write(
            String name, String header, Line line, List<String> weights, List<String> bad)
            throws IOException {
        StringBuilder text = new StringBuilder(header);
        for (int i = 0; i < SCORES.length; i++) {
            text.append(line.of(i, SCORES[i], weights.get(i)));
        }
        for (int i = 0; i < bad.size(); i++) {
            text.append(line.of(100 + i, 9, bad.get(i)));
        }
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String json(int i, int score, String weight) {
        return String.format(
                "{\"customerId\":\"R_%04d\",\"time\":\"2025-03-%02dT09:%02d:00Z\","
                        + "\"instrument\":\"nps\",\"score\":%d,\"weight\":%s,\"channel\":\"web\"}\n",
                i, 1 + i % 28, i % 60, score, weight);
    }

    private CxRun.Result csv(String file) {
        return CxRun.in(
                dir,
                TestFiles.commandLine("nps", "@" + file, "--weighted", CSV_FLAGS, "-f", "json"));
    }

    private CxRun.Result ndjson(String file) {
        return CxRun.in(dir, "nps", "@" + file, "--weighted", "-f", "json");
    }
}
