package dev.cxkit.json.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.testing.Property;

import org.junit.jupiter.api.Test;

import tools.jackson.core.json.JsonFactory;

import java.io.IOException;
import java.io.StringReader;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The NDJSON fast path ({@link SurveyResponseTokens}) reads exactly what the general path (tree,
 * {@code Fields}, deserializer) reads: on generated lines mixing valid records with every kind of
 * problem (wrong types, nulls, duplicates, unknown and nested fields, limits, bad times, scales,
 * weights, syntax), both give the same records and the same problems, in every time format and
 * for both survey record types. A fast path that accepted a bad record, or read a good one
 * differently, would fail here.
 */
class TokenDecoderTest {

    private static final ReadLimits LIMITS =
            ReadLimits.builder().maxStringLength(40).maxNumberLength(12).build();
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(LIMITS.toReaderConstraints())
            .build();

    @Test
    void fastAndGeneralPathsReadTheSameRecordsAndProblems() {
        List<TimeFormat> formats = List.of(
                TimeFormat.iso(),
                TimeFormat.iso(ZoneId.of("Europe/Paris")),
                TimeFormat.epochSeconds());
        int[] fast = {0};
        int[] all = {0};
        Property.check("NDJSON fast path", 60, trial -> {
            SplittableRandom random = trial.random();
            String text = lines(random, 400);
            TimeFormat times = formats.get(trial.index() % formats.size());
            boolean onScale = trial.index() % 2 == 1;
            RecordSpec<SurveyResponse> spec =
                    onScale ? RecordSpec.surveyResponsesOn(Scale.NPS) : RecordSpec.SURVEY_RESPONSE;
            Outcome general = read(spec, times, text, null);
            TokenDecoder<SurveyResponse> tokens = spec.tokens().create(times, LIMITS, "in");
            TokenDecoder<SurveyResponse> counted = (parser, line) -> {
                SurveyResponse record = tokens.decode(parser, line);
                fast[0] += record == null ? 0 : 1;
                return record;
            };
            Outcome fastPath = read(spec, times, text, counted);
            assertThat(fastPath.records).isEqualTo(general.records);
            assertThat(fastPath.problems).isEqualTo(general.problems);
            all[0] += general.records.size();
        });
        assertThat(all[0]).as("records read").isGreaterThan(1_000);
        assertThat(fast[0]).as("records read by the fast path").isGreaterThan(all[0] / 2);
    }

    private record Outcome(List<SurveyResponse> records, List<ReadProblem> problems) {}

    private static Outcome read(
            RecordSpec<SurveyResponse> spec,
            TimeFormat times,
            String text,
            TokenDecoder<SurveyResponse> tokens)
            throws IOException {
        List<ReadProblem> problems = new ArrayList<>();
        Input input = Input.of(new StringReader(text), "in");
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

    /** {@code count} lines, most of them records with a field or two out of the ordinary. */
    private static String lines(SplittableRandom random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            List<String> fields = new ArrayList<>();
            field(random, fields, "customerId", "\"c" + i + "\"", "\" \"", "\"\"", "null", "5");
            field(random, fields, "touchpointId", "\"web\"", "\"app\"", "\" \"", "null", "3");
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
                    "\"2024-05-01T12:00:00Z" + "x".repeat(30) + "\"");
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
                    "1e0");
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
                    "12345678901234567890");
            field(
                    random,
                    fields,
                    "comment",
                    "\"fine\"",
                    "\"\"",
                    "\"caf\u00e9 \u00fc\"",
                    "3",
                    "null",
                    "\"" + "y".repeat(41) + "\"");
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
                    "\"w\":1.5"
                };
                fields.add(extras[random.nextInt(extras.length)]);
                fields.add(extras[random.nextInt(extras.length)]);
            }
            Collections.shuffle(fields, new java.util.Random(random.nextLong()));
            String line = "{" + String.join(",", fields) + "}";
            line = switch (random.nextInt(40)) {
                case 0 -> line + ",";
                case 1 -> line + line;
                case 2 -> "[" + line + "]";
                case 3 -> line.substring(0, line.length() / 2);
                case 4 -> "  " + line + " \t";
                case 5 -> "";
                case 6 -> " ";
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
