package dev.cxkit.json.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.testing.Property;

import org.junit.jupiter.api.Test;

import tools.jackson.core.JsonParser;
import tools.jackson.core.json.JsonFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The NDJSON fast paths read exactly what the general path (tree, {@code Fields}, deserializer)
 * reads: the byte path ({@link SurveyResponseBytes}, trying each line first) and the token path
 * ({@link SurveyResponseTokens}) alone give the same records and the same problems as the general
 * path alone, on generated lines mixing valid records with every kind of problem (wrong types,
 * nulls, duplicates, unknown and nested fields, limits, bad times, scales, weights, escapes,
 * exponents, syntax) and on the same lines mutated byte by byte, in every time format and for
 * both survey record types. Most lines keep the fields in one order, as files do, so the byte
 * path's guess of the next name from the last record's order is taken and missed. A fast path
 * that accepted a bad record, or read a good one differently, would fail here.
 */
class TokenDecoderTest {

    private static final ReadLimits LIMITS = ReadLimits.builder()
            .maxStringLength(40)
            .maxNumberLength(12)
            .maxNameLength(20)
            .build();
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(LIMITS.toReaderConstraints())
            .build();
    private static final List<TimeFormat> FORMATS = List.of(
            TimeFormat.iso(), TimeFormat.iso(ZoneId.of("Europe/Paris")), TimeFormat.epochSeconds());

    @Test
    void fastAndGeneralPathsReadTheSameRecordsAndProblems() {
        Counts counts = new Counts();
        Property.check("NDJSON fast paths", 60, trial -> {
            SplittableRandom random = trial.random();
            compare(trial.index(), lines(random, 400), counts);
        });
        assertThat(counts.records).as("records read").isGreaterThan(1_000);
        assertThat(counts.tokens).as("records read by the token path").isGreaterThan(100);
        assertThat(counts.bytes)
                .as("records read by the byte path, of %d", counts.records)
                .isGreaterThan(counts.records / 2);
    }

    @Test
    void mutatedLinesReadTheSameOnEveryPath() {
        Counts counts = new Counts();
        Property.check("NDJSON fast paths on mutated lines", 60, trial -> {
            SplittableRandom random = trial.random();
            String text = lines(random, 300);
            StringBuilder mutated = new StringBuilder();
            for (String line : text.split("\n", -1)) {
                mutated.append(random.nextInt(3) == 0 ? line : mutate(random, line))
                        .append('\n');
            }
            compare(trial.index(), mutated.toString(), counts);
        });
        assertThat(counts.bytes)
                .as("records read by the byte path, of %d", counts.records)
                .isGreaterThan(counts.records / 4);
        assertThat(counts.records - counts.bytes)
                .as("records read by the other paths, of %d", counts.records)
                .isGreaterThan(counts.records / 4);
    }

    /** Records read in all, and by each fast path. */
    private static final class Counts {
        int records;
        int bytes;
        int tokens;
    }

    /** Reads {@code text} through each path and checks they agree. */
    private static void compare(int index, String text, Counts counts) throws IOException {
        TimeFormat times = FORMATS.get(index % FORMATS.size());
        RecordSpec<SurveyResponse> spec = index % 2 == 1
                ? RecordSpec.surveyResponsesOn(Scale.NPS)
                : RecordSpec.SURVEY_RESPONSE;
        Outcome general = read(spec, times, text, null);
        TokenDecoder<SurveyResponse> tokensOnly = spec.tokens().create(times, LIMITS, "in");
        Outcome tokenPath = read(spec, times, text, (parser, line) -> {
            SurveyResponse record = tokensOnly.decode(parser, line);
            counts.tokens += record == null ? 0 : 1;
            return record;
        });
        TokenDecoder<SurveyResponse> all = spec.tokens().create(times, LIMITS, "in");
        Outcome bytePath = read(spec, times, text, new TokenDecoder<>() {
            @Override
            public SurveyResponse decode(JsonParser parser, long line) {
                return all.decode(parser, line);
            }

            @Override
            public SurveyResponse decode(byte[] bytes, int from, int to, long line) {
                SurveyResponse record = all.decode(bytes, from, to, line);
                counts.bytes += record == null ? 0 : 1;
                return record;
            }
        });
        assertThat(tokenPath.records).isEqualTo(general.records);
        assertThat(tokenPath.problems).isEqualTo(general.problems);
        assertThat(bytePath.records).isEqualTo(general.records);
        assertThat(bytePath.problems).isEqualTo(general.problems);
        counts.records += general.records.size();
    }

    private record Outcome(List<SurveyResponse> records, List<ReadProblem> problems) {}

    private static Outcome read(
            RecordSpec<SurveyResponse> spec,
            TimeFormat times,
            String text,
            TokenDecoder<SurveyResponse> tokens)
            throws IOException {
        List<ReadProblem> problems = new ArrayList<>();
        Input input =
                Input.of(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "in");
        try (RecordReader<SurveyResponse> reader = new RecordReader<>(
                "in",
                new NdjsonSource(input, FACTORY, LIMITS, tokens),
                spec,
                ErrorPolicy.SKIP_AND_REPORT,
                times,
                LIMITS,
                problems::add)) {
            List<SurveyResponse> records = new ArrayList<>();
            reader.forEachRemaining(records::add);
            return new Outcome(records, problems);
        }
    }

    /** Characters a mutation puts in: JSON's own, blanks, controls, escapes, digits, UTF-8. */
    private static final String[] MUTATIONS = {
        "\"",
        "\\",
        "{",
        "}",
        "[",
        ",",
        ":",
        " ",
        "\t",
        "\u0001",
        "\u001f",
        "\u007f",
        "0",
        "9",
        "-",
        ".",
        "e",
        "E",
        "+",
        "n",
        "t",
        "f",
        "u",
        "\u00e9",
        "\u2028",
        "\ud83d\ude00",
        "\\u0041",
        "\\\"",
        "null",
        "1e400",
        "00"
    };

    /** {@code line} with one to three characters replaced, inserted or removed. */
    private static String mutate(SplittableRandom random, String line) {
        StringBuilder mutated = new StringBuilder(line);
        for (int i = random.nextInt(1, 4); i > 0; i--) {
            int at = mutated.length() == 0 ? 0 : random.nextInt(mutated.length());
            String put = MUTATIONS[random.nextInt(MUTATIONS.length)];
            switch (random.nextInt(3)) {
                case 0 -> mutated.insert(at, put);
                case 1 -> {
                    if (at < mutated.length()) {
                        mutated.deleteCharAt(at);
                    }
                }
                default -> mutated.replace(at, Math.min(at + 1, mutated.length()), put);
            }
        }
        return mutated.toString();
    }

    /** {@code count} lines, most of them records with a field or two out of the ordinary. */
    private static String lines(SplittableRandom random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            List<String> fields = new ArrayList<>();
            field(
                    random,
                    fields,
                    "customerId",
                    "\"c" + i + "\"",
                    "\" \"",
                    "\"\"",
                    "null",
                    "5",
                    "\"jos\u00e9 " + i + "\"",
                    "\"c\\u0041" + i + "\"",
                    "\"a\tb\"",
                    "\"" + "c".repeat(40) + "\"",
                    "\"" + "\u00e9".repeat(21) + "\"");
            field(
                    random,
                    fields,
                    "touchpointId",
                    "\"web\"",
                    "\"app\"",
                    "\" \"",
                    "null",
                    "3",
                    "\"caf\u00e9\"",
                    "\"w\\u0065b\"",
                    "\"\u2003\"",
                    "\"t" + "p".repeat(70) + "\"");
            field(
                    random,
                    fields,
                    "time",
                    "\"2024-05-01T12:00:00Z\"",
                    "\" 2024-05-01T12:00:00.25+02:00 \"",
                    "\"2024-02-29T23:59:59Z\"",
                    "\"2023-02-29T00:00:00Z\"",
                    "\"2024-05-01T24:00:00Z\"",
                    "\"2024-05-01t12:00:00z\"",
                    "\"2024-05-01T12:00:00\"",
                    "\"2024-05-01\"",
                    "\"1714564800\"",
                    "1714564800",
                    "1714564800.5",
                    "\"1/5/2024\"",
                    "null",
                    "true",
                    "\"2024-05-01T12:00:00Z" + "x".repeat(30) + "\"",
                    "\"2024-05-01T12:00:00.123456789Z\"",
                    "\"2024-05-01T12:00:00\\u005a\"",
                    "\"\u00a02024-05-01T12:00:00Z\"",
                    "\"\t2024-05-01T12:00:00Z\"");
            field(
                    random,
                    fields,
                    "instrument",
                    "\"nps\"",
                    "\"csat\"",
                    "\"stars\"",
                    "\"\"",
                    "null",
                    "1");
            if (random.nextInt(6) == 0) {
                field(random, fields, "scaleMin", "0", "1", "\"1\"", "null", "1.0");
                field(random, fields, "scaleMax", "10", "5", "0", "null");
            }
            field(
                    random,
                    fields,
                    "score",
                    "9",
                    "10",
                    "0",
                    "3",
                    "11",
                    "-1",
                    "9.5",
                    "\"9\"",
                    "99999999999",
                    "null",
                    "1e0",
                    "09",
                    "-0",
                    "2147483647",
                    "-2147483648",
                    "1E1",
                    "-",
                    "8.",
                    "true");
            field(
                    random,
                    fields,
                    "weight",
                    "1",
                    "0",
                    "0.0",
                    "2.5",
                    "-1",
                    "1e-400",
                    "1e400",
                    "\"1\"",
                    "null",
                    "9999999999999",
                    "12345678901234567890",
                    "1.0",
                    "0.5",
                    "1.00000000001",
                    "0.1234567891",
                    "1.000000000000001",
                    "00.5",
                    ".5",
                    "-0.0",
                    "1.5e0",
                    "123456789012");
            field(
                    random,
                    fields,
                    "comment",
                    "\"fine\"",
                    "\"\"",
                    "\"caf\u00e9 \u00fc\"",
                    "3",
                    "null",
                    "\"" + "y".repeat(41) + "\"",
                    "\"say \\\"hi\\\"\"",
                    "\"line\\nbreak\"",
                    "\"\ud83d\ude00 ok\"",
                    "\"" + "\ud83d\ude00".repeat(20) + "\"",
                    "\"" + "\ud83d\ude00".repeat(21) + "\"",
                    "\"\u007f\"");
            if (random.nextInt(5) == 0) {
                String[] extras = {
                    "\"channel\":\"web\"",
                    "\"x\":{\"a\":1}",
                    "\"y\":[1]",
                    "\"z\":1e-400",
                    "\"n\":12345678901234",
                    "\"b\":true",
                    "\"score\":9",
                    "\"channel\":\"app\"",
                    "\"w\":1.5",
                    "\"n\\u0061me\":1",
                    "\"\u00e9t\u00e9\":\"x\"",
                    "\"averyveryverylongname12345\":1",
                    "\"k\":\"v\\\"q\"",
                    "\"d\":-0.5",
                    "\"s\":nul",
                    "\"f\":false",
                    "\"\":0",
                    "\"big\":1234567890123456",
                    "\"instrument\":\"nps\""
                };
                fields.add(extras[random.nextInt(extras.length)]);
                fields.add(extras[random.nextInt(extras.length)]);
            }
            if (random.nextInt(4) == 0) {
                Collections.shuffle(fields, new java.util.Random(random.nextLong()));
            }
            String line = "{" + String.join(",", fields) + "}";
            line = switch (random.nextInt(40)) {
                case 0 -> line + ",";
                case 1 -> line + line;
                case 2 -> "[" + line + "]";
                case 3 -> line.substring(0, line.length() / 2);
                case 4 -> "  " + line + " \t";
                case 5 -> "";
                case 6 -> " ";
                case 7 -> line.replace(",", " ,\t").replace(":", "\t: ");
                case 8 -> line.replace("{", "{ ").replace("}", "\t}");
                case 9 -> line + " x";
                case 10 -> line.replace("\"", "'");
                case 11 -> "{}";
                default -> line;
            };
            text.append(line).append(random.nextInt(4) == 0 ? "\r\n" : "\n");
        }
        return text.toString();
    }

    /** Adds {@code name} with the first value usually, another or none now and then. */
    private static void field(
            SplittableRandom random, List<String> fields, String name, String... values) {
        int draw = random.nextInt(10);
        if (draw == 0) {
            return;
        }
        String value = draw < 7 ? values[0] : values[random.nextInt(values.length)];
        fields.add("\"" + name + "\":" + value);
    }
}
