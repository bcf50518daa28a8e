package dev.cxkit.json.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import com.google.common.testing.SerializableTester;

import dev.cxkit.json.CxJson;
import dev.cxkit.json.NdjsonWriter;
import dev.cxkit.model.Scale;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The contracts of cx-json's public value types, by guava-testlib: every public factory and
 * method refuses a null argument with a {@link NullPointerException} (nothing is null unless it
 * is an {@code Optional}), and the configuration values are equal exactly when they configure the
 * same thing; a problem rebuilt from its components equals it, and a reader's exception, the one
 * serializable type, keeps its problem and scope through Java serialization.
 */
class ValueContractTest {

    private static NullPointerTester tester() {
        return new NullPointerTester()
                .setDefault(Scale.class, Scale.NPS)
                .setDefault(ZoneId.class, ZoneOffset.UTC)
                .setDefault(String.class, "score")
                .setDefault(Path.class, Path.of("missing.ndjson"))
                .setDefault(ReadLimits.class, ReadLimits.defaults())
                .setDefault(CsvColumns.class, CsvColumns.defaults())
                .setDefault(TimeFormat.class, TimeFormat.iso())
                .setDefault(RecordFormat.class, RecordFormat.NDJSON)
                .setDefault(ErrorPolicy.class, ErrorPolicy.FAIL_FAST);
    }

    @Test
    void publicFactoriesAndMethodsRejectNulls() {
        NullPointerTester tester = tester();
        for (Class<?> type : List.of(
                CxReader.class,
                TimeFormat.class,
                CsvColumns.class,
                FlagFormat.class,
                ReadLimits.class,
                CxJson.class,
                NdjsonWriter.class)) {
            tester.testAllPublicStaticMethods(type);
        }
        tester.testAllPublicInstanceMethods(CxReader.surveyResponses());
        tester.testAllPublicInstanceMethods(TimeFormat.iso());
        tester.testAllPublicInstanceMethods(CsvColumns.defaults());
        tester.testAllPublicInstanceMethods(FlagFormat.standard());
    }

    @Test
    void reportsAndProblemsRejectNulls() {
        NullPointerTester tester = tester().setDefault(long.class, 1L)
                .setDefault(Optional.class, Optional.empty())
                .setDefault(OptionalInt.class, OptionalInt.empty());
        tester.testAllPublicConstructors(ReadProblem.class);
        tester.testAllPublicConstructors(ReadReport.class);
    }

    @Test
    void configurationValuesAreEqualWhenTheyConfigureTheSameThing() {
        new EqualsTester()
                .addEqualityGroup(TimeFormat.iso(), TimeFormat.iso())
                .addEqualityGroup(
                        TimeFormat.iso(ZoneOffset.UTC), TimeFormat.of("iso", ZoneOffset.UTC))
                .addEqualityGroup(
                        TimeFormat.epochSeconds(), TimeFormat.of("epoch-s", ZoneOffset.UTC))
                .addEqualityGroup(
                        TimeFormat.pattern("yyyy-MM-dd", ZoneOffset.UTC),
                        TimeFormat.of("yyyy-MM-dd", ZoneOffset.UTC))
                .addEqualityGroup(TimeFormat.pattern("yyyy-MM-dd", ZoneId.of("Europe/Lisbon")))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(FlagFormat.standard(), FlagFormat.standard())
                .addEqualityGroup(FlagFormat.trueWhen("Left"), FlagFormat.trueWhen(" Left "))
                .addEqualityGroup(FlagFormat.trueWhen("Stayed"))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(CsvColumns.defaults(), CsvColumns.defaults())
                .addEqualityGroup(
                        CsvColumns.defaults().map("score", "Q1"),
                        CsvColumns.defaults().map("score", "Q1"))
                .addEqualityGroup(CsvColumns.defaults().mapPosition("score", 2))
                .addEqualityGroup(CsvColumns.headerless(List.of("id", "score")))
                .testEquals();
        new EqualsTester()
                .addEqualityGroup(ReadLimits.defaults(), ReadLimits.builder().build())
                .addEqualityGroup(ReadLimits.builder().maxProblemsKept(3).build())
                .addEqualityGroup(
                        ReadLimits.builder().maxDocumentLength(1_000_000).build())
                .testEquals();
    }

    @Test
    void aProblemRebuiltFromItsComponentsEqualsIt() {
        ReadProblem longValue = problem(3, "x".repeat(500));
        assertThat(longValue.value()).hasValue("x".repeat(120) + "...(500 chars)");
        new EqualsTester()
                .addEqualityGroup(longValue, rebuilt(longValue), problem(3, "x".repeat(500)))
                .addEqualityGroup(problem(3, "11"), rebuilt(problem(3, "11")))
                .addEqualityGroup(problem(4, "11"))
                .testEquals();
    }

    @Test
    void aReadersExceptionKeepsItsProblemThroughJavaSerialization() {
        String good = "{\"customerId\":\"a\",\"time\":\"2024-05-01T12:00:00Z\",\"score\":9}";
        String bad = good.replace("\"a\"", "\"b\"").replace("9", "11") + "x".repeat(300);
        for (String text : List.of(good + "\n" + good.replace("9", "11") + "\n", bad + "\n")) {
            CxDataException thrown = thrown(text);
            CxDataException copy = SerializableTester.reserialize(thrown);
            assertThat(copy.problem()).isEqualTo(thrown.problem());
            assertThat(copy.scope()).isEqualTo(thrown.scope());
            assertThat(copy).hasMessage(thrown.getMessage());
        }
    }

    private static ReadProblem problem(long line, String value) {
        return new ReadProblem(
                "responses.ndjson",
                line,
                OptionalInt.of(7),
                Optional.of("score"),
                Optional.of(value),
                "score must be in 0..10");
    }

    private static ReadProblem rebuilt(ReadProblem problem) {
        return new ReadProblem(
                problem.source(),
                problem.line(),
                problem.column(),
                problem.field(),
                problem.value(),
                problem.reason());
    }

    private static CxDataException thrown(String text) {
        try (RecordReader<?> records =
                CxReader.surveyResponses(Scale.NPS).open(new StringReader(text), "in.ndjson")) {
            records.forEachRemaining(record -> {});
        } catch (CxDataException stopped) {
            return stopped;
        }
        throw new AssertionError("no CxDataException for " + text);
    }
}
