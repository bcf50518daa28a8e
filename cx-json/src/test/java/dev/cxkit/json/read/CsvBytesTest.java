package dev.cxkit.json.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.testing.Property;

import org.junit.jupiter.api.Test;

import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvReadFeature;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * CSV read from the bytes ({@link CsvBytesSource}: the byte scanner and the cell decoder) reads
 * exactly what CSV read as characters by Jackson's CSV parser into a tree ({@link CsvSource})
 * reads: on generated files mixing good rows with quoted cells, doubled quotes, line ends inside
 * quotes, CRLF and lone CR, empty and blank lines, a byte order mark, non-ASCII and invalid
 * UTF-8, rows of the wrong width, cells at and over the string limit, rows at and over the record
 * limit, bad times, scores and weights, and broken quoting that ends the input, both give the same
 * records and the same problems (line, column, field, value, reason), in several time formats,
 * for both survey record types, and with the cell decoder switched off. (Jackson's parser places
 * a row that starts with blanks at its first other character, so the character reader would
 * count the column of invalid UTF-8 in such a row from there; characters given as such have no
 * invalid UTF-8, so the generator leaves that case out.)
 */
class CsvBytesTest {

    private static final ReadLimits LIMITS = ReadLimits.builder()
            .maxStringLength(40)
            .maxNumberLength(12)
            .maxRecordLength(160)
            .build();
    private static final CsvFactory FACTORY = CsvFactory.builder()
            .streamReadConstraints(LIMITS.toReaderConstraints())
            .disable(CsvReadFeature.SKIP_EMPTY_LINES)
            .build();
    private static final List<String> FIELDS = List.of(
            "customerId", "touchpointId", "time", "instrument", "score", "weight", "comment");

    @Test
    void bytesAndCharactersReadTheSameRecordsAndProblems() {
        List<TimeFormat> formats = List.of(
                TimeFormat.iso(),
                TimeFormat.iso(ZoneId.of("Europe/Paris")),
                TimeFormat.epochSeconds());
        int[] fast = {0};
        int[] all = {0};
        Property.check("CSV from bytes", 120, trial -> {
            SplittableRandom random = trial.random();
            byte[] file = file(random, 300, trial.index() % 5 == 4);
            TimeFormat times = formats.get(trial.index() % formats.size());
            boolean onScale = trial.index() % 2 == 1;
            RecordSpec<SurveyResponse> spec =
                    onScale ? RecordSpec.surveyResponsesOn(Scale.NPS) : RecordSpec.SURVEY_RESPONSE;
            Outcome characters = read(spec, times, file, false);
            Outcome bytes = read(counted(spec, fast), times, file, true);
            Outcome noCells = read(withoutCells(spec), times, file, true);
            assertThat(bytes.problems).isEqualTo(characters.problems);
            assertThat(bytes.records).isEqualTo(characters.records);
            assertThat(bytes.end).isEqualTo(characters.end);
            assertThat(noCells).isEqualTo(bytes);
            all[0] += characters.records.size();
        });
        assertThat(all[0]).as("records read").isGreaterThan(3_000);
        assertThat(fast[0]).as("records read by the cell decoder").isGreaterThan(all[0] / 2);
    }

    @Test
    void limitsHoldAtTheLimitAndOneOverAndAHugeRowIsPassedWithoutBeingHeld() {
        String head = "customerId,time,score,comment,x,y,z\n";
        String prefix = ",2024-05-01T12:00:00Z,9,";
        String cells = ("x".repeat(40) + ",").repeat(3);
        String atRecordLimit = "a" + prefix + cells + "x".repeat(160 - 1 - prefix.length() - 123);
        String overRecordLimit = "b" + prefix + cells + "x".repeat(160 - prefix.length() - 123);
        String atStringLimit = "c" + prefix + "\"" + "\u00e9".repeat(39) + "\"\"\",,,";
        String overStringLimit = "d" + prefix + "\u00e9".repeat(41) + ",,,";
        String huge = "e" + prefix + "\"" + "\u00e9\n".repeat(100_000) + "\",,,";
        String text = head + atRecordLimit + "\r\n" + overRecordLimit + "\n" + atStringLimit + "\r"
                + overStringLimit + "\n" + huge + "\nf" + prefix + ",,,\n";
        CxReader<SurveyResponse> reader = CxReader.surveyResponses(Scale.NPS)
                .withFormat(RecordFormat.CSV)
                .withErrorPolicy(ErrorPolicy.SKIP_AND_REPORT)
                .withLimits(LIMITS);

        try (RecordReader<SurveyResponse> records = reader.open(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "in")) {
            assertThat(records.stream().map(SurveyResponse::customerId))
                    .containsExactly("a", "c", "f");
            assertThat(records.report().problems())
                    .extracting(ReadProblem::message)
                    .containsExactly(
                            "in:3: row is longer than the maximum record length of 160 characters",
                            "in:5:4: cell of 41 characters is longer than the maximum string "
                                    + "length of 40",
                            "in:6: row is longer than the maximum record length of 160 characters");
        }
    }

    private record Outcome(List<SurveyResponse> records, List<ReadProblem> problems, String end) {}

    private static Outcome read(
            RecordSpec<SurveyResponse> spec, TimeFormat times, byte[] file, boolean fromBytes)
            throws IOException {
        List<ReadProblem> problems = new ArrayList<>();
        Input input = Input.of(new ByteArrayInputStream(file), "in");
        RecordSource source = fromBytes
                ? new CsvBytesSource(
                        input, LIMITS, spec, CsvColumns.defaults(), times, null, 0, false)
                : new CsvSource(input, FACTORY, LIMITS, spec, CsvColumns.defaults());
        List<SurveyResponse> records = new ArrayList<>();
        try (RecordReader<SurveyResponse> reader = new RecordReader<>(
                "in", source, spec, ErrorPolicy.SKIP_AND_REPORT, times, LIMITS, problems::add)) {
            reader.forEachRemaining(records::add);
            return new Outcome(records, problems, "");
        } catch (CxDataException ended) {
            return new Outcome(records, problems, ended.getMessage());
        }
    }

    /** The survey spec with its cell decoder counting the records it reads. */
    private static RecordSpec<SurveyResponse> counted(RecordSpec<SurveyResponse> spec, int[] fast) {
        return withCells(spec, (header, times, limits, source) -> {
            CellDecoder<SurveyResponse> cells = spec.cells().create(header, times, limits, source);
            return (row, line) -> {
                SurveyResponse record = cells.decode(row, line);
                fast[0] += record == null ? 0 : 1;
                return record;
            };
        });
    }

    private static RecordSpec<SurveyResponse> withoutCells(RecordSpec<SurveyResponse> spec) {
        return withCells(spec, null);
    }

    private static RecordSpec<SurveyResponse> withCells(
            RecordSpec<SurveyResponse> spec, CellDecoder.Factory<SurveyResponse> cells) {
        return new RecordSpec<>(
                spec.decoder(),
                spec.fields(),
                spec.required(),
                spec.otherColumnsField(),
                spec.allColumns(),
                spec.tokens(),
                cells);
    }

    /** A CSV file of {@code rows} rows, most of them good, with a header in a random order. */
    static byte[] file(SplittableRandom random, int rows, boolean brokenQuoting) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (random.nextInt(4) == 0) {
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        List<String> columns = new ArrayList<>(FIELDS);
        if (random.nextBoolean()) {
            columns.add("channel");
        }
        Collections.shuffle(columns, new java.util.Random(random.nextLong()));
        write(out, String.join(",", columns) + "\n");
        int broken = brokenQuoting ? random.nextInt(rows) : -1;
        for (int i = 0; i < rows; i++) {
            List<String> cells = new ArrayList<>();
            for (String column : columns) {
                cells.add(cell(random, column, i));
            }
            if (random.nextInt(30) == 0) {
                cells.remove(cells.size() - 1);
            }
            String row = String.join(",", cells);
            row = switch (random.nextInt(40)) {
                case 0 -> "";
                case 1 -> " \t";
                case 2 -> "\"  \"";
                case 3 -> row + ",";
                case 4 -> "\"\"";
                default -> row;
            };
            if (i == broken) {
                row = random.nextBoolean() ? row + ",\"x\"y" : row + ",\"open";
            }
            write(out, row);
            if (random.nextInt(60) == 0 && !row.startsWith(" ")) {
                out.writeBytes(new byte[] {(byte) 0xC3, 0x28});
            }
            write(
                    out,
                    switch (random.nextInt(8)) {
                        case 0 -> "\r\n";
                        case 1 -> "\r";
                        default -> "\n";
                    });
        }
        return out.toByteArray();
    }

    private static String cell(SplittableRandom random, String column, int i) {
        return switch (column) {
            case "customerId" ->
                pick(
                        random,
                        "c" + i,
                        "c" + i,
                        "\"c,\"\"" + i + "\"\"\"",
                        " ",
                        "",
                        "caf\u00e9-" + i,
                        "\"c" + i + "\"");
            case "touchpointId" -> pick(random, "web", "app", "\"web\"", "", " ", "\u00e9t\u00e9");
            case "time" ->
                pick(
                        random,
                        "2024-05-01T12:00:00Z",
                        "2024-05-01T12:00:00Z",
                        " 2024-05-01T12:00:00.25+02:00 ",
                        "2024-02-29T23:59:59Z",
                        "2023-02-29T00:00:00Z",
                        "2024-05-01T12:00:00",
                        "2024-05-01",
                        "1714564800",
                        "1714564800.5",
                        "",
                        "2024-05-01t12:00:00z");
            case "instrument" -> pick(random, "nps", "nps", "csat", "stars", "", " ", "NPS");
            case "score" ->
                pick(
                        random,
                        "9",
                        "10",
                        "0",
                        "3",
                        " 7 ",
                        "11",
                        "-1",
                        "9.5",
                        "+9",
                        "99999999999",
                        "",
                        "\"8\"",
                        "0009",
                        "-0");
            case "weight" ->
                pick(
                        random,
                        "",
                        "",
                        "1",
                        "2.5",
                        "0",
                        "0.0",
                        "-1",
                        "1e-400",
                        "1e3",
                        ".5",
                        "5.",
                        "1234567890123",
                        " 2 ",
                        "abc");
            case "comment" ->
                pick(
                        random,
                        "",
                        "fine",
                        "\"multi\nline\"",
                        "\"with \"\"quotes\"\"\"",
                        "\"comma, inside\"",
                        "\"cr\r\nlf\"",
                        "\"" + "y".repeat(40) + "\"",
                        "\"" + "y".repeat(41) + "\"",
                        "\u00fc".repeat(41),
                        "\"a\rb\"",
                        "x\"y",
                        "\"" + "z".repeat(150) + "\"");
            default -> pick(random, "", "web", "\"x\ny\"");
        };
    }

    /** The first value (a good one) half the time, else any. */
    private static String pick(SplittableRandom random, String... values) {
        return values[random.nextBoolean() ? 0 : random.nextInt(values.length)];
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
