package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.json.CxJson;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every command that prints results prints the same rows in every format: its CSV (RFC 4180,
 * one header row, plain numbers) parses back with Jackson's CSV reader to exactly the numbers
 * of its JSON {@code tables}.
 */
class CsvJsonAgreementTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void writeData() throws Exception {
        TestFiles.sample(dir);
        TestFiles.cdnow(dir);
        TestFiles.drivers(dir);
        TestFiles.telco(dir);
    }

    static Stream<List<String>> commands() {
        return Stream.of(
                List.of("nps", "@sample/responses.ndjson"),
                List.of(
                        "nps",
                        "@sample/responses.ndjson",
                        "--by",
                        "touchpoint",
                        "--compare",
                        "rest"),
                List.of(
                        "nps",
                        "@sample/responses.ndjson",
                        "--by",
                        "month",
                        "--compare",
                        "previous"),
                List.of(
                        "csat",
                        "@sample/responses.ndjson",
                        "--by",
                        "channel",
                        "--touchpoints",
                        "@sample/touchpoints.ndjson"),
                List.of("csat", "@sample/responses.ndjson", "--mean"),
                List.of(
                        "ces",
                        "@sample/responses.ndjson",
                        "--by",
                        "stage",
                        "--touchpoints",
                        "@sample/touchpoints.ndjson",
                        "--compare",
                        "rest"),
                List.of("ces", "@sample/responses.ndjson", "--agree"),
                List.of(
                        "journey",
                        "--touchpoints",
                        "@sample/touchpoints.ndjson",
                        "@sample/interactions.ndjson",
                        "--responses",
                        "@sample/responses.ndjson"),
                List.of("survival", "@sample/customers.ndjson", "--by", "plan"),
                List.of(
                        "churn",
                        "@sample/customers.ndjson",
                        "--from",
                        "2025-04-01",
                        "--to",
                        "2025-07-01"),
                List.of(TestFiles.churnTable(
                        "survival", "telco_churn.csv", "--by", "Contract", "--at", "12,72")),
                List.of(TestFiles.churnTable(
                        "survival", "telco_churn.csv", "--cox", "Contract,MonthlyCharges")),
                List.of(TestFiles.churnTable(
                        "churn", "telco_churn.csv", "--by", "Contract", "--at", "24,72")),
                List.of("clv", "@cdnow.csv", "--calibration-end", "1997-09-30", "--top", "5"),
                List.of(
                        "drivers",
                        "@ratings.csv",
                        "--outcome",
                        "recommend",
                        "--drivers",
                        "speed,staff,decor",
                        "--resamples",
                        "100"));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void csvParsesBackToTheNumbersOfTheJson(List<String> command) throws Exception {
        CxRun.Result csv = run(command, "csv");
        CxRun.Result json = run(command, "json");
        assertThat(csv.exitCode()).as(csv.stderr()).isZero();
        assertThat(json.exitCode()).as(json.stderr()).isZero();

        JsonNode tables = CxJson.mapper().readTree(json.stdout()).get("tables");
        List<String> names = new ArrayList<>(tables.propertyNames());
        List<Map<String, JsonNode>> expected = new ArrayList<>();
        for (String name : names) {
            for (JsonNode row : tables.get(name)) {
                Map<String, JsonNode> fields = new java.util.LinkedHashMap<>();
                if (names.size() > 1) {
                    fields.put("table", CxJson.mapper().getNodeFactory().textNode(name));
                }
                row.properties().forEach(field -> fields.put(field.getKey(), field.getValue()));
                expected.add(fields);
            }
        }
        assertThat(expected).as("rows in the JSON tables").isNotEmpty();

        assertThat(csv.stdout()).endsWith("\r\n").doesNotContain("# ");
        List<Map<String, String>> rows;
        try (MappingIterator<Map<String, String>> values = new CsvMapper()
                .readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(csv.stdout())) {
            rows = values.readAll();
        }
        assertThat(rows).hasSameSizeAs(expected);
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            Map<String, JsonNode> want = expected.get(i);
            for (Map.Entry<String, String> cell : row.entrySet()) {
                JsonNode value = want.get(cell.getKey());
                String where = command + " row " + i + " field " + cell.getKey();
                if (value == null || value.isNull()) {
                    assertThat(cell.getValue()).as(where).isEmpty();
                } else if (value.isNumber()) {
                    assertThat(cell.getValue()).as(where).matches("-?[0-9]+(\\.[0-9]+)?");
                    assertThat(Double.parseDouble(cell.getValue()))
                            .as(where)
                            .isEqualTo(value.doubleValue());
                } else {
                    assertThat(cell.getValue()).as(where).isEqualTo(value.asString());
                }
            }
            assertThat(want.keySet()).as("fields of row " + i).isSubsetOf(row.keySet());
        }
    }

    private static CxRun.Result run(List<String> command, String format) {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("-f", format));
        return CxRun.in(dir, args.toArray(String[]::new));
    }
}
